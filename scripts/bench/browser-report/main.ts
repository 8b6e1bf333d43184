// Browser harness for the report benchmark, built by `npm run bench` with Vite into the app's
// bench build and served by the same `vite preview` (same headers and Content-Security-Policy).
// The pipeline is imported on the first call, as the app would on its first report, so the first
// run includes fetching and compiling jsPDF and the font.
type Job = () => Promise<Uint8Array>

declare global {
  interface Window {
    isaBenchPrepare(questionnaireRaw: unknown, assessmentRaw: unknown): Promise<void>
    isaBenchReport(): Promise<{ ms: number; bytes: number }>
  }
}

let job: Job | undefined

window.isaBenchPrepare = async (questionnaireRaw, assessmentRaw) => {
  const { prepare } = await import('./engine')
  job = prepare(questionnaireRaw, assessmentRaw)
}

window.isaBenchReport = async () => {
  if (!job) throw new Error('call isaBenchPrepare first')
  const start = performance.now()
  const pdf = await job()
  return { ms: performance.now() - start, bytes: pdf.byteLength }
}

export {}
