// Public entry of the assessment model: schema, validation against a questionnaire, creation.
export * from '@/domain/assessment/schema'
export * from '@/domain/assessment/validate'
