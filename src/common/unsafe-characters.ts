/**
 * Control characters and Unicode direction marks, as the body of a regular-expression character class. Direction
 * marks make text read differently on screen than it is ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"), so
 * file ids and download file names refuse the same set; one definition keeps the two from drifting apart.
 */
export const CONTROL_AND_DIRECTION_MARKS = '\\u0000-\\u001f\\u007f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
