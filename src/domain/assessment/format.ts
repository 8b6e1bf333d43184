// The assessment format's name and version as plain constants, apart from the zod schema, so the
// app's first screen can create and recognise assessments without loading the schema library.
export const ASSESSMENT_FORMAT = 'international-solidarity-assessment'
export const ASSESSMENT_FORMAT_VERSION = 1
