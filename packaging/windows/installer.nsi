; NSIS installer of Partner Portfolio (Windows, per user, no administrator rights needed).
;
; Compile-time paths use "/" (makensis on Windows and Linux both accept it); makensis works
; in this folder, so give SOURCE and OUTFILE as absolute paths.
; Build (after PyInstaller made the onedir folder on a Windows runner):
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSOURCE=%CD%\build\frozen\portfolio-app ^
;            -DOUTFILE=%CD%\dist\PartnerPortfolio-0.1.0-setup.exe packaging\windows\installer.nsi
; The installer speaks English and German (chosen from the system, or asked), puts Start
; menu and desktop shortcuts in place and registers an uninstaller. The uninstaller keeps
; the user's portfolio (%LOCALAPPDATA%\PartnerPortfolio) unless the user ticks the option
; to delete it; a silent uninstall (/S) always keeps it.

Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "give -DVERSION=x.y.z"
!endif
!ifndef SOURCE
  !error "give -DSOURCE=<the PyInstaller onedir folder>"
!endif
!ifndef OUTFILE
  !define OUTFILE "PartnerPortfolio-${VERSION}-setup.exe"
!endif

!define APPNAME "Partner Portfolio"
!define EXE "portfolio-app.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PartnerPortfolio"
!define DATA_DIR "$LOCALAPPDATA\PartnerPortfolio"  ; platformdirs' user data and config folder

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} Setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Partner Portfolio team"

!define MUI_ICON "../icons/portfolio-app.ico"
!define MUI_UNICON "../icons/portfolio-app.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${SOURCE}/LICENSES/THIRD-PARTY.md"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"

LangString SEC_APP ${LANG_ENGLISH} "${APPNAME} (required)"
LangString SEC_APP ${LANG_GERMAN} "${APPNAME} (erforderlich)"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SEC_UNDATA ${LANG_ENGLISH} "Also delete my portfolio data and settings"
LangString SEC_UNDATA ${LANG_GERMAN} "Auch meine Portfolio-Daten und Einstellungen löschen"
LangString DESC_APP ${LANG_ENGLISH} "The application and its components."
LangString DESC_APP ${LANG_GERMAN} "Die Anwendung und ihre Komponenten."
LangString DESC_DESKTOP ${LANG_ENGLISH} "A shortcut on the desktop."
LangString DESC_DESKTOP ${LANG_GERMAN} "Eine Verknüpfung auf dem Desktop."
LangString DESC_UNDATA ${LANG_ENGLISH} "Deletes $LOCALAPPDATA\PartnerPortfolio with your database and backups. Leave unticked to keep them."
LangString DESC_UNDATA ${LANG_GERMAN} "Löscht $LOCALAPPDATA\PartnerPortfolio mit Ihrer Datenbank und den Sicherungen. Nicht ankreuzen, um sie zu behalten."
LangString CONFIRM_DELETE ${LANG_ENGLISH} "Really delete your portfolio database and all its backups? This cannot be undone."
LangString CONFIRM_DELETE ${LANG_GERMAN} "Ihre Portfolio-Datenbank und alle Sicherungen wirklich löschen? Das lässt sich nicht rückgängig machen."

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Partner Portfolio team"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_APP)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_DESKTOP)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "un.$(SEC_APP)" UnSecApp
  SectionIn RO
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Unticked by default: the user's data stays unless asked (and confirmed) otherwise.
Section /o "un.$(SEC_UNDATA)" UnSecData
  IfSilent keep
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(CONFIRM_DELETE)" IDYES delete
  Goto keep
  delete:
    RMDir /r "${DATA_DIR}"
  keep:
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecApp} $(DESC_APP)
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} $(DESC_UNDATA)
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
