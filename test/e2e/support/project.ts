import path from 'node:path';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..', '..');
