package okr.render;

import okr.model.Level;
import okr.model.ObjectiveType;
import okr.scoring.Band;
import okr.scoring.Pace;
import okr.scoring.Trend;

/** The words and colours the views use for scoring results. */
final class Words {

  private Words() {}

  static String band(ViewStyle v, Band band) {
    if (band == null) {
      return v.paint(Style.Role.DIM, "no data");
    }
    Style.Role role =
        switch (band) {
          case GREEN -> Style.Role.GOOD;
          case AMBER -> Style.Role.AMBER;
          case RED -> Style.Role.BAD;
        };
    return v.paint(role, band.word());
  }

  static String pace(ViewStyle v, Pace pace) {
    if (pace == null) {
      return "";
    }
    Style.Role role =
        switch (pace) {
          case ON_TRACK -> Style.Role.GOOD;
          case AT_RISK -> Style.Role.AMBER;
          case OFF_TRACK -> Style.Role.BAD;
        };
    return v.paint(role, pace.word());
  }

  static String trend(Glyphs g, Trend trend) {
    if (trend == null) {
      return "";
    }
    return switch (trend) {
      case UP -> g.up();
      case DOWN -> g.down();
      case FLAT -> g.flat();
    };
  }

  static String type(ObjectiveType type) {
    return type == ObjectiveType.COMMITTED
        ? "committed, expects 1.0"
        : "aspirational, 0.7 is success";
  }

  static String level(Level level) {
    return switch (level) {
      case STRATEGIC -> "Company";
      case TACTICAL -> "Team";
      case INDIVIDUAL -> "Individual";
    };
  }

  static String age(Long days) {
    if (days == null) {
      return "never checked in";
    }
    if (days == 0) {
      return "checked in today";
    }
    return "checked in " + days + "d ago";
  }
}
