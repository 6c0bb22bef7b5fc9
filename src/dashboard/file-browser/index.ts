/** The file browser's public entry: the list of Media Manager files with folders, search, filters and selection. */
export { FileBrowser } from './FileBrowser';
export { askFirstRows, firstRowsSettled } from './first-rows';
