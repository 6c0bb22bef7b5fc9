/** Values an attacker or a broken client would try, shared by the property and hostile-value tests. */
export const HOSTILE_REDIRECT_URLS = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/phish',
  '\\\\evil.example\\share',
  'https://owner:secret@evil.example/',
  'https://user@mysite.com/expired',
  `https://mysite.com/${'a'.repeat(3_000)}`,
  'https://mysite.com/\r\nSet-Cookie: x=1',
];

export const HOSTILE_FILE_NAMES = [
  'report.pdf\r\nContent-Type: text/html',
  'report\n.pdf',
  'say "hello".pdf',
  "it's.pdf",
  '../../etc/passwd',
  '..\\..\\boot.ini',
  'invoice\u202Efdp.exe',
  'name\u200F.pdf',
  'isolate\u2066x\u2069.pdf',
  `${'n'.repeat(101)}.pdf`,
  '..',
];

export const HOSTILE_FILE_IDS = [
  '../../etc/passwd',
  '..',
  '...',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2fsecret.jpg',
  'a%00b.jpg',
  'abc/../def.jpg',
  'C:\\Windows\\win.ini',
  'wix:image://v1/../../secret.jpg/x.jpg',
  'wix:image://v1/%2e%2e/x.jpg',
  'file.jpg?token=stolen',
  'file.jpg#frag',
  'id\r\nX-Injected: 1',
  'id\u202Egpj.exe',
  'x'.repeat(1_001),
];

export const HOSTILE_STRINGS = [...HOSTILE_REDIRECT_URLS, ...HOSTILE_FILE_NAMES, ...HOSTILE_FILE_IDS];
