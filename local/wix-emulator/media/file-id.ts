/**
 * Wherever Wix takes a file id it also takes the file's Wix media URL (media-manager-api.md §4):
 * `wix:image://v1/<id>/<filename>#…`, `wix:document://v1/ugd/<id>/…`, legacy forms without `wix:`.
 */
const MEDIA_URL = /^(?:wix:)?(?:image|video|audio|document|vector|archive|model3d):\/\/v1\/(?:ugd\/)?([^/#?]+)/i;

export function fileIdFrom(value: string): string {
  const match = MEDIA_URL.exec(value.trim());
  if (!match?.[1]) return value.trim();
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
