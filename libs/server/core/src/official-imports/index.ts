export * from './official-imports.module';
export * from './official-import.service';
export * from './official-import-runner.service';
export * from './official-import.entity';
export * from './rejected-row';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './official-csv';
export * from './activation-sheet.service';
export * from './official-import-preview.service';
export * from './rejected-rows-csv';
