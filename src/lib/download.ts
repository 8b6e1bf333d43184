// Saves a file the app made on this device, through the browser's own download: a Blob behind an
// object URL and a temporary `<a download>`. Nothing is uploaded; the data never leaves memory
// except into the file the user keeps. The object URL is revoked afterwards so the bytes (which
// may be a whole library) are not held for the rest of the visit.

export interface DownloadOptions {
  /** MIME type of the file, e.g. "application/json" or "text/csv". */
  type: string
  /**
   * Delay before revoking the object URL, in milliseconds. Some browsers start reading the URL
   * only after the click event has returned, so revoking in the same turn can cancel the save.
   */
  revokeAfterMs?: number
}

/** Starts the browser's save of `content` as `fileName`. */
export function downloadFile(content: BlobPart | Blob, fileName: string, options: DownloadOptions): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type: options.type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  // rel=noopener although blob: URLs open nothing: harmless, and it keeps audits quiet.
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), options.revokeAfterMs ?? 1000)
  }
}
