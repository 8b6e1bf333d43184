import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { loadScreenStrings } from '@/lib/i18n'

// The app loads the English text of later screens with their code (src/app/routes.ts); tests
// render those screens directly, so they load it up front.
beforeAll(() => loadScreenStrings())

afterEach(() => cleanup())
