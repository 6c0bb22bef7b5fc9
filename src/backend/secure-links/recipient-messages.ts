/**
 * Every sentence a recipient of a secure link can read, whole, with named placeholders (`{expiry}`), so the
 * languages work can move them into catalogs unchanged. English only for now; dates and numbers in the values
 * are formatted for the recipient's locale. Each page says what the recipient can do next.
 */
export const recipientMessages = {
  fileHeading: 'A file was shared with you',
  protectedHeading: 'This file is protected by a password',
  protectedIntro: 'The person who shared this file protected it with a password. Enter it to download the file; its name and size stay hidden until then.',
  nameLabel: 'Name',
  typeLabel: 'Type',
  sizeLabel: 'Size',
  typeWithExtension: '{kind} ({extension})',
  expiresAt: 'This link works until {expiry}, {relative}.',
  downloadsLeft: '{left} of {max} downloads left.',
  passwordLabel: 'Password',
  passwordRequired: 'Enter the password to download the file.',
  passwordWrong: 'That password is not right. Check it with the person who shared the link, then try again.',
  passwordThrottled: 'Too many wrong passwords were tried. You can try again in {wait}.',
  chooseAsset: 'Choose one of the buttons below to get the file.',
  downloadRetry: 'The download did not start because several people clicked at once. Try again.',
  download: 'Download',
  open: 'Open',
  downloadOriginal: 'Download the original',
  openOriginal: 'Open the original',
  downloadFormat: 'Download {format}',
  openFormat: 'Open {format}',
  openNote: 'The file opens in your browser, where you can also save it.',

  notFoundHeading: 'This link does not work',
  notFoundBody: 'It may be incomplete or mistyped. Check that you copied the whole link, or ask the person who shared it for a new one.',
  expiredHeading: 'This link has expired',
  expiredBody: 'The person who shared it set a time after which it stops working. Ask them for a new link if you still need the file.',
  revokedHeading: 'This link was turned off',
  revokedBody: 'This link was turned off by the person who shared it. If you still need the file, ask them for a new link.',
  usedUpHeading: 'This link has reached its download limit',
  usedUpBody: 'The person who shared it allowed a set number of downloads, and all of them have been used. Ask them for a new link if you still need the file.',
  unavailableHeading: 'The file cannot be reached right now',
  unavailableBody: 'Something went wrong on our side, not with your link. Try again in a minute.',
  badRequestHeading: 'This request could not be handled',
  badRequestBody: 'Open the link in your web browser and use the button on the page.',

  mediaImage: 'Image',
  mediaVideo: 'Video',
  mediaAudio: 'Audio',
  mediaDocument: 'Document',
  mediaVector: 'Vector graphic',
  mediaArchive: 'Archive',
  mediaModel: '3D model',
  mediaOther: 'File',
} as const;

export type RecipientMessage = keyof typeof recipientMessages;
