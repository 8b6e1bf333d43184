// Runs before the app's modules, as a classic script from this origin (allowed by script-src
// 'self'). zod reads its settings from globalThis.__zod_globalConfig; without `jitless` it probes
// for `new Function` while the first object schema is built, and under the app's
// Content-Security-Policy (no 'unsafe-eval') the browser reports that probe as a
// securitypolicyviolation even though zod catches it (design/reliability.md item 12). The
// schemas are built when their chunk loads, before src/main.tsx runs, so this cannot live there.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
