// Public entry of the merge of section files.
export * from '@/domain/merge/merge'
