// Types every t() call against the English catalog, so a key that does not exist fails to
// typecheck.
import 'i18next'
import type { en } from '@/lib/i18n/catalogs/en'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
    returnNull: false
    strictKeyChecks: true
  }
}
