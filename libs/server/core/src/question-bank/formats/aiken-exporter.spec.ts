import type { QuestionDraft } from '../question-draft';
import { exportAiken } from './aiken-exporter';
import { parseAiken } from './aiken-parser';
import { parseGift } from './gift-parser';

const AIKEN = `Mật khẩu nào mạnh nhất?
A) 123456
B) Tr0ng#Ph@i&Dài
C) matkhau
ANSWER: B

Cơ quan nào cấp chữ ký số công cộng <có thuê bao>?
A. Tổ chức cung cấp dịch vụ chứng thực
B. Ủy ban nhân dân xã
ANSWER: A
`;

function comparable(questions: QuestionDraft[]): unknown[] {
  return questions.map(({ line: _line, ...rest }) => rest);
}

describe('exportAiken', () => {
  it('reads back as the same questions: import(export(x)) == x', () => {
    const original = parseAiken(AIKEN);
    expect(original.errors).toEqual([]);
    expect(original.questions).toHaveLength(2);
    const exported = exportAiken(original.questions);
    expect(exported.skipped).toEqual([]);
    expect(exported.exportedCount).toBe(2);
    const again = parseAiken(exported.text);
    expect(again.errors).toEqual([]);
    expect(comparable(again.questions)).toEqual(comparable(original.questions));
  });

  it('writes the letters of the choices and of the right answer', () => {
    const { text } = exportAiken(parseAiken(AIKEN).questions);
    expect(text).toBe(
      'Mật khẩu nào mạnh nhất?\nA) 123456\nB) Tr0ng#Ph@i&Dài\nC) matkhau\nANSWER: B\n\n' +
        'Cơ quan nào cấp chữ ký số công cộng <có thuê bao>?\nA) Tổ chức cung cấp dịch vụ chứng thực\nB) Ủy ban nhân dân xã\nANSWER: A\n',
    );
  });

  it('names every question it leaves out with its reason, and keeps the single-choice ones', () => {
    const gift = parseGift(`::Một::[html]<p>Dịch vụ công <b>mức 4</b> là gì?</p>{=Trực tuyến toàn trình ~Một phần}

::Nhiều::Chọn các dịch vụ {~%50%A ~%50%B ~%-100%C}

::Đúng sai::Chữ ký số có giá trị pháp lý.{TRUE}

::Một phần::Chọn câu đúng nhất {=Đúng ~%50%Gần đúng ~Sai}

::Tự luận::Trình bày ý kiến.{}

::Ngắn::A) bắt đầu như một lựa chọn {=Đúng ~Sai}`);
    expect(gift.errors).toEqual([]);
    const exported = exportAiken(gift.questions);
    expect(exported.exportedCount).toBe(1);
    expect(exported.text).toBe('Dịch vụ công mức 4 là gì?\nA) Trực tuyến toàn trình\nB) Một phần\nANSWER: A\n');
    expect(exported.skipped).toEqual([
      { index: 1, reason: 'questionBank.aikenSkip.notSingleChoice' },
      { index: 2, reason: 'questionBank.aikenSkip.notSingleChoice' },
      { index: 3, reason: 'questionBank.aikenSkip.notOneRightAnswer' },
      { index: 4, reason: 'questionBank.aikenSkip.notSingleChoice' },
      { index: 5, reason: 'questionBank.aikenSkip.emptyText' },
    ]);
    expect(parseAiken(exported.text).questions.map((question) => question.prompt)).toEqual(['Dịch vụ công mức 4 là gì?']);
  });

  it('leaves out a question with more choices than letters', () => {
    const question = parseAiken(AIKEN).questions[0]!;
    const many = { ...question, options: Array.from({ length: 27 }, (_, i) => ({ text: `Lựa chọn ${i}`, fraction: i === 0 ? 1 : 0 })) };
    expect(exportAiken([many]).skipped).toEqual([{ index: 0, reason: 'questionBank.aikenSkip.choiceCount' }]);
  });

  it('writes nothing for an empty list', () => {
    expect(exportAiken([])).toEqual({ text: '', exportedCount: 0, skipped: [] });
  });
});
