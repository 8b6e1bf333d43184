// zod settings for the browser app. zod probes for eval (`new Function`) the first time a schema
// is built or parsed; under the app's Content-Security-Policy (script-src 'self') the browser
// reports that probe as a violation even though zod catches it. Turning JIT off skips the probe.
// main.tsx imports this module first, so it runs before any schema module is evaluated.
import { config } from 'zod'

config({ jitless: true })
