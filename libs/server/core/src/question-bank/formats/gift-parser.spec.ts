import { parseGift } from './gift-parser';

const only = (gift: string) => {
  const result = parseGift(gift);
  expect(result.errors).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0]!;
};

describe('parseGift', () => {
  it('reads single choice with names, formats, feedback and general feedback', () => {
    const question = only('::Q1::[html]<p>Thủ đô?</p>{=Hà Nội#Đúng ~Huế#Sai ####Xem bài 1}');
    expect(question).toMatchObject({
      type: 'SINGLE_CHOICE',
      name: 'Q1',
      prompt: '<p>Thủ đô?</p>',
      promptFormat: 'html',
      generalFeedback: 'Xem bài 1',
      options: [
        { text: 'Hà Nội', fraction: 1, feedback: 'Đúng' },
        { text: 'Huế', fraction: 0, feedback: 'Sai' },
      ],
      line: 1,
    });
  });

  it('reads multiple choice from weights (negative and decimal) when there is no =', () => {
    const question = only('Chọn?{~%33.33333%A ~%33.33333%B ~%33.33334%C ~%-100%D}');
    expect(question.type).toBe('MULTIPLE_CHOICE');
    expect(question.options.map((option) => option.fraction)).toEqual([0.3333333, 0.3333333, 0.3333334, -1]);
  });

  it("gives true/false feedback Moodle's meaning: first for a wrong answer, second for a right one", () => {
    expect(only('Đúng?{TRUE#sai rồi#đúng rồi}')).toMatchObject({
      correctBoolean: true,
      trueFeedback: 'đúng rồi',
      falseFeedback: 'sai rồi',
      penalty: 1,
    });
    expect(only('Sai?{F#chọn đúng là sai#đúng}')).toMatchObject({
      correctBoolean: false,
      trueFeedback: 'chọn đúng là sai',
      falseFeedback: 'đúng',
    });
    expect(only('Đúng?{T}').correctBoolean).toBe(true);
    expect(only('Sai?{FALSE}').correctBoolean).toBe(false);
  });

  it('reads short answers with weights and the * wildcard', () => {
    expect(only('Con gì?{=Mèo =%50%Chó#gần đúng =%0%*#sai}').options).toEqual([
      { text: 'Mèo', fraction: 1 },
      { text: 'Chó', fraction: 0.5, feedback: 'gần đúng' },
      { text: '*', fraction: 0, feedback: 'sai' },
    ]);
  });

  it('reads numeric answers: tolerance, range, several weighted answers and the catch-all', () => {
    expect(only('Năm?{#1945:1}').numericAnswers).toEqual([{ value: 1945, tolerance: 1, fraction: 1 }]);
    expect(only('Số?{#1..5}').numericAnswers).toEqual([{ value: 3, tolerance: 2, fraction: 1 }]);
    const question = only('Số?{#\n=10:0#đúng\n=%50%10:2\n~#sai hẳn}');
    expect(question.numericAnswers).toEqual([
      { value: 10, tolerance: 0, fraction: 1, feedback: 'đúng' },
      { value: 10, tolerance: 2, fraction: 0.5 },
    ]);
    expect(question.numericCatchAll).toEqual({ fraction: 0, feedback: 'sai hẳn' });
  });

  it('reads matching, missing word, essay and description', () => {
    expect(only('Ghép{=A -> a =B -> b = -> c}').matchPairs).toEqual([
      { prompt: 'A', answer: 'a' },
      { prompt: 'B', answer: 'b' },
      { prompt: '', answer: 'c' },
    ]);
    expect(only('Hà Nội là {=thủ đô ~thành phố} của Việt Nam.').prompt).toBe('Hà Nội là _____ của Việt Nam.');
    expect(only('Viết đoạn văn.{}').type).toBe('ESSAY');
    expect(only('Phần hai: đọc kỹ.').type).toBe('DESCRIPTION');
  });

  it('handles escapes, \\n, comments with id and tags, categories, multi-line questions and CRLF', () => {
    const gift =
      '$CATEGORY: $course$/top/Kỹ năng số/An toàn thông tin\r\n\r\n// [id:q-1] [tag:an-toan] [tag:mat-khau]\r\n::Tên\\: một::Dấu \\{ \\} \\= \\# \\~ \\\\ và\\ndòng mới\r\n{\r\n=đúng\r\n~sai\r\n}\r\n';
    const result = parseGift(gift);
    expect(result.errors).toEqual([]);
    expect(result.questions[0]).toMatchObject({
      name: 'Tên: một',
      prompt: 'Dấu { } = # ~ \\ và\ndòng mới',
      category: 'top/Kỹ năng số/An toàn thông tin',
      idNumber: 'q-1',
      tags: ['an-toan', 'mat-khau'],
      line: 4,
    });
  });

  it('skips an unreadable question with its line and keeps the others', () => {
    const result = parseGift('Tốt?{T}\n\nThiếu ngoặc {=a ~b\n\nSố?{#abc}\n\nTốt nữa?{F}');
    expect(result.questions.map((question) => question.line)).toEqual([1, 7]);
    expect(result.errors.map((error) => error.line)).toEqual([3, 5]);
    expect(result.errors[1]?.message).toContain('not a number');
    expect(result.errors[1]).toMatchObject({
      reason: 'questionImport.gift.inQuestion',
      params: { problem: { reason: 'questionImport.gift.notANumber', params: { value: 'abc' } }, excerpt: expect.stringContaining('Số?') },
    });
  });
});
