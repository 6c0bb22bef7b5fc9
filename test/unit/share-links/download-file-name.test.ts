import { describe, expect, it } from 'vitest';
import { checkDownloadFileName } from '../../../src/common/download-file-name';
import { apiMessages } from '../../../src/common/api-messages';

describe('checkDownloadFileName', () => {
  it.each(['report.pdf', 'Gorillaz - Feel Good Inc.mp3', 'résumé (final).docx', 'a', 'x'.repeat(100)])('accepts %s', (name) => {
    expect(checkDownloadFileName(name)).toEqual({ ok: true, name });
  });

  it.each([
    ['empty', '', apiMessages.fileNameLength],
    ['101 characters', 'x'.repeat(101), apiMessages.fileNameLength],
    ['a slash', 'a/b.pdf', apiMessages.fileNameCharacters],
    ['a backslash', 'a\\b.pdf', apiMessages.fileNameCharacters],
    ['a double quote', 'a".pdf', apiMessages.fileNameCharacters],
    ['a single quote', "it's.pdf", apiMessages.fileNameCharacters],
    ['a newline', 'a\nb.pdf', apiMessages.fileNameCharacters],
    ['a DEL character', 'a\u007f.pdf', apiMessages.fileNameCharacters],
    ['only spaces', '   ', apiMessages.fileNameBlank],
    ['only dots', '..', apiMessages.fileNameBlank],
  ])('rejects %s', (_, name, message) => {
    expect(checkDownloadFileName(name)).toEqual({ ok: false, message });
  });
});
