// Public entry of the scoring engine: rules, the engine, the method description and result types.
export * from '@/domain/scoring/types'
export * from '@/domain/scoring/rules'
export * from '@/domain/scoring/score'
export * from '@/domain/scoring/method'
export * from '@/domain/scoring/strings'
