export { startTestApp, type TestApp } from './app';
export { PROJECT_DIR } from './project';
export { launchChromium, openDashboard, saveScreenshot, toasts, CHROMIUM_ARGS, CHROMIUM_PATH, RESULTS_DIR } from './browser';
export type { OpenedDashboard, Role, TestBrowser } from './browser';
export { emulatorControl, isMediaManagerCall } from './emulator-control';
export type { EmulatorControl, EmulatorTokens, Faults, LoggedRequest } from './emulator-control';
export { sampleLibrary, type LibraryFile } from './library';
export { createLinkInUi, fileRow, filesTable, openFolder, readShareLinks, waitForFile, type LinkFormInput } from './page-actions';
export { callWebMethod, WEB_METHOD_PATH, type WebMethodReply } from './web-method';
