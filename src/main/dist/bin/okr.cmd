@echo off
rem okr launcher for Windows: starts okr with the jars next to this folder.
setlocal
set "OKR_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss2m -Xmx512m -XX:MaxNewSize=32m %OKR_JAVA_OPTS% -cp "%OKR_HOME%\lib\*" okr.Main %*
exit /b %ERRORLEVEL%
