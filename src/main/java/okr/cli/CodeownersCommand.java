package okr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import okr.model.Objective;
import okr.model.People;
import okr.model.Workspace;
import okr.render.CodeownersText;
import okr.render.PathDisplay;
import okr.render.TerminalText;
import okr.store.CodeownersFile;
import okr.store.Git;
import okr.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "codeowners",
    mixinStandardHelpOptions = true,
    header = "Print (or write) a CODEOWNERS block: each objective's file owned by its owner.",
    description = {
      "Maps each objective's goal file to its owner's handle (okr.yaml `people:`, `handle:`),",
      "so that only an objective's owner can approve a change to its targets. Prints the block;",
      "with --write, puts it between okr's marker lines in .github/CODEOWNERS (or CODEOWNERS,",
      "docs/CODEOWNERS, whichever exists), keeping the rest of the file. Objectives whose owner",
      "has no handle are listed on stderr, with how to add one."
    })
final class CodeownersCommand implements Callable<Integer> {

  private final Context ctx;

  @ParentCommand OkrCommand parent;

  @Option(
      names = "--write",
      description = "Update the block in the repository's CODEOWNERS file instead of printing it.")
  boolean write;

  CodeownersCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    LoadResult loaded = WorkspaceAccess.load(ctx, parent.global());
    Workspace ws = loaded.workspace();
    Path top = Git.at(ws.root(), ctx.env()).map(Git::top).orElse(ws.root());
    People people = ws.settings().people();
    PathDisplay paths = new PathDisplay(ctx.cwd());
    List<CodeownersText.Owned> lines = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>(ws.objectives());
    objectives.sort(Comparator.comparing(o -> String.valueOf(o.header().file())));
    for (Objective o : objectives) {
      Path file = o.header().file();
      if (file == null) {
        continue;
      }
      String path = top.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
      Optional<String> handle = people.person(o.header().owner()).map(People.Person::handle);
      if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        warn(paths, file, "its file name holds a control character, which CODEOWNERS cannot");
      } else if (o.header().owner() == null) {
        warn(paths, file, "objective `" + o.id() + "` has no owner: add `owner:` to it");
      } else if (handle.isEmpty()) {
        String owner = people.canonical(o.header().owner());
        warn(
            paths,
            file,
            "the owner of `"
                + o.id()
                + "`, `"
                + owner
                + "`, has no handle: add `handle: NAME` (the GitHub user or team) under `people: "
                + owner
                + ":` in okr.yaml");
      } else {
        lines.add(new CodeownersText.Owned(path, handle.get()));
      }
    }
    String block = CodeownersText.block(CodeownersFile.BEGIN, CodeownersFile.END, lines);
    if (!write) {
      block.lines().forEach(line -> ctx.out().println(TerminalText.sanitize(line)));
      return ExitCode.OK;
    }
    Path target = CodeownersFile.locate(top);
    try {
      boolean changed = CodeownersFile.write(target, block);
      ctx.out()
          .println(
              (changed ? "Wrote " : "Already up to date: ")
                  + TerminalText.sanitize(paths.showRaw(target))
                  + " ("
                  + lines.size()
                  + (lines.size() == 1 ? " file)" : " files)"));
    } catch (IOException e) {
      ctx.err()
          .println(
              "okr: cannot write "
                  + paths.show(target)
                  + ": "
                  + TerminalText.sanitize(String.valueOf(e.getMessage()))
                  + "; it is as it was");
      return ExitCode.IO_OR_INTERNAL;
    }
    return ExitCode.OK;
  }

  private void warn(PathDisplay paths, Path file, String message) {
    ctx.err()
        .println(
            "okr: "
                + TerminalText.sanitize(paths.showRaw(file))
                + ": "
                + TerminalText.sanitize(message));
  }
}
