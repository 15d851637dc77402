test("x",()=>{});
import * as fs from 'node:fs';
import { parseQuestions } from '/work/main/libs/server/core/src/question-bank/formats';
const base = '/work/shared/fixtures/question-formats/moodle/question/format/';
for (const [fmt, f] of [['GIFT','gift/tests/fixtures/questions.gift.txt'],['GIFT','gift/tests/fixtures/questions_in_category.gift.txt'],['AIKEN','aiken/tests/fixtures/aiken_errors.txt'],['MOODLE_XML','xml/tests/fixtures/multichoice.xml'],['MOODLE_XML','xml/tests/fixtures/nested_categories_with_questions.xml']] as const) {
  const r = parseQuestions(fmt, fs.readFileSync(base + f));
  console.log(f, r.questions.length, JSON.stringify(r.errors), JSON.stringify(r.categories));
  for (const q of r.questions) console.log(JSON.stringify({...q, attachments: q.attachments?.map(a=>[a.name,a.mimeType,a.data.length])}));
}
