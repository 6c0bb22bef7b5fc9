import { describe, expect, it } from 'vitest';
import { checkDownloadFileName } from '../../../src/common/download-file-name';
import { messages } from '../../../src/common/share-link-messages';

describe('checkDownloadFileName', () => {
  it.each(['report.pdf', 'Gorillaz - Feel Good Inc.mp3', 'résumé (final).docx', 'a', 'x'.repeat(100)])('accepts %s', (name) => {
    expect(checkDownloadFileName(name)).toEqual({ ok: true, name });
  });

  it.each([
    ['empty', '', messages.fileNameLength],
    ['101 characters', 'x'.repeat(101), messages.fileNameLength],
    ['a slash', 'a/b.pdf', messages.fileNameCharacters],
    ['a backslash', 'a\\b.pdf', messages.fileNameCharacters],
    ['a double quote', 'a".pdf', messages.fileNameCharacters],
    ['a single quote', "it's.pdf", messages.fileNameCharacters],
    ['a newline', 'a\nb.pdf', messages.fileNameCharacters],
    ['a DEL character', 'a\u007f.pdf', messages.fileNameCharacters],
    ['only spaces', '   ', messages.fileNameBlank],
    ['only dots', '..', messages.fileNameBlank],
  ])('rejects %s', (_, name, message) => {
    expect(checkDownloadFileName(name)).toEqual({ ok: false, message });
  });
});
