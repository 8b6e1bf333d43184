// Public entry of the comparison of assessments.
export * from '@/domain/compare/compare'
