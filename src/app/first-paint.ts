// When to start the app's work so that the first paint is never held up by it. index.html shows a
// static copy of the start screen (scripts/vite-start-frame.ts); the app renders over it once the
// browser has put it on screen, and work no screen needs at once waits until the page is idle.

/** Whether index.html's start frame is showing (public/boot-language.js chose a language). */
function frameShowing(): boolean {
  const copies = document.querySelectorAll('.start-frame__lang')
  return Array.from(copies).some((el) => getComputedStyle(el).display !== 'none')
}

/**
 * Resolves once the first contentful paint has happened (the start frame is on screen). Resolves
 * at once where there is no frame to wait for, in a hidden tab (which does not paint), where the
 * browser does not report paints, and after `timeoutMs` in any case.
 */
export function afterFirstPaint({ timeoutMs = 3000 } = {}): Promise<void> {
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint') ||
    document.visibilityState === 'hidden' ||
    performance.getEntriesByName('first-contentful-paint').length > 0 ||
    !frameShowing()
  ) {
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', done)
      resolve()
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done()
    })
    observer.observe({ type: 'paint', buffered: true })
    const timer = setTimeout(done, timeoutMs)
    document.addEventListener('visibilitychange', done)
  })
}

/** Resolves when the browser is idle, or after `timeoutMs` at the latest. */
export function whenIdle(timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 50)
  })
}
