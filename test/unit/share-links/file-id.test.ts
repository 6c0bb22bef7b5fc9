import { describe, expect, it } from 'vitest';
import { fileIdOf } from '../../../src/backend/share-links/file-id';

describe('fileIdOf', () => {
  it.each([
    ['0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg', '0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg'],
    ['w8ide0_87051wjiadg6qj2ywxb07vn5snqxxp2q', 'w8ide0_87051wjiadg6qj2ywxb07vn5snqxxp2q'],
    [
      'wix:image://v1/0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg/leon.jpg#originWidth=3024&originHeight=4032',
      '0abec0_b291a9349a0b4da59067f76287e386fb~mv2.jpg',
    ],
    ['wix:video://v1/w8ide0_870/clip.mp4#posterUri=p.jpg&posterWidth=1&posterHeight=1', 'w8ide0_870'],
    ['wix:audio://v1/2123bc_6aec.mp3/song%20one.mp3#duration=12', '2123bc_6aec.mp3'],
    ['wix:document://v1/ugd/w8ide0_f4d.pdf/report.pdf', 'w8ide0_f4d.pdf'],
    ['wix:document://v1/w8ide0_f4d.pdf/report.pdf', 'w8ide0_f4d.pdf'],
    ['wix:image://v1/abc~mv2.png', 'abc~mv2.png'],
    ['wix:image://v1/abc~mv2.png#originWidth=1', 'abc~mv2.png'],
  ])('reads %s as %s', (reference, id) => {
    expect(fileIdOf(reference)).toBe(id);
  });

  it.each([
    ['an empty string', ''],
    ['a space inside', 'abc def'],
    ['a path', 'folder/abc.jpg'],
    ['an http URL', 'https://static.wixstatic.com/media/abc.jpg'],
    ['an unknown media type', 'wix:font://v1/abc/x.ttf'],
    ['a media URL without an id', 'wix:image://v1//x.jpg'],
    ['a media URL with a query', 'wix:image://v1/abc?x=1'],
    ['a legacy URL without wix:', 'image://v1/abc/x.jpg'],
    ['a quote', 'abc"def'],
    ['a control character', 'abc\u0000'],
    ['an id over 1000 characters', 'a'.repeat(1001)],
  ])('rejects %s', (_, reference) => {
    expect(fileIdOf(reference)).toBeUndefined();
  });

  it('accepts an id of exactly 1000 characters', () => {
    expect(fileIdOf('a'.repeat(1000))).toBe('a'.repeat(1000));
  });
});
