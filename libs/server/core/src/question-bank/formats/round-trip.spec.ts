import type { QuestionDraft } from '../question-draft';
import { exportGift } from './gift-exporter';
import { parseGift } from './gift-parser';
import { exportMoodleXml } from './moodle-xml-exporter';
import { parseMoodleXml } from './moodle-xml-parser';

const TRICKY = 'Ký tự: { } = # ~ \\ // [html] và "ngoặc" & <>';

const SOURCE = `$CATEGORY: $course$/top/Kỹ năng số/An toàn thông tin

// [id:sc-1] [tag:an-toàn] [tag:mật-khẩu]
::Mật khẩu\\: chọn một::[html]<p>Mật khẩu nào <b>mạnh</b> nhất?</p>{
\t=Tr0ng#Ph@i#Đúng\\, vì dài và đa dạng
\t~123456#Quá dễ đoán
\t~%-50%matkhau
\t####<p>Xem lại bài 2.</p>
}

::Nhiều đáp án::Chọn các dịch vụ công trực tuyến {~%50%Cấp đổi CCCD ~%50%Đăng ký khai sinh ~%-100%Đi chợ}.

::Đúng sai::Chữ ký số có giá trị pháp lý.{TRUE#Sai rồi\\: có giá trị.#Chính xác!####Luật Giao dịch điện tử 2023.}

::Sai::Mật khẩu nên dùng chung.{FALSE#Không nên.}

::Trả lời ngắn::Viết tắt của Ủy ban nhân dân?{=UBND#Đúng =%50%ubnd =%0%*#Sai}

::Số::Năm thành lập?{#\n=1945:0#Đúng\n=%50%1945:5\n~#Sai hẳn}

::Ghép::[html]Ghép <i>cơ quan</i> với chức năng{
\t=Sở TT&TT -> Thông tin
\t=[plain]UBND -> Quản lý
\t= -> Gây nhiễu
}

::Tự luận::Trình bày ý kiến.{####Chấm theo thang 10.}

::Mô tả::Phần II\\: Kỹ năng số nâng cao.

::Ký tự::${TRICKY.replace(/[\\{}=#~:]/g, (c) => `\\${c}`)}{=${TRICKY.replace(/[\\{}=#~:]/g, (c) => `\\${c}`)} ~khác}`;

function comparable(questions: QuestionDraft[]): unknown[] {
  return questions.map(({ line: _line, ...rest }) => rest);
}

describe('export then parse gives the same questions', () => {
  const original = parseGift(SOURCE);

  it('parses the source without errors, every type present', () => {
    expect(original.errors).toEqual([]);
    expect(new Set(original.questions.map((question) => question.type))).toEqual(
      new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'NUMERIC', 'MATCHING', 'ESSAY', 'DESCRIPTION']),
    );
    expect(original.questions.find((question) => question.name === 'Ký tự')?.options[0]?.text).toBe(
      'Ký tự: { } = # ~ \\ // [html] và "ngoặc" &amp; &lt;&gt;',
    );
  });

  it('GIFT', () => {
    const again = parseGift(exportGift(original.questions));
    expect(again.errors).toEqual([]);
    // GIFT has no place for the general feedback of a description.
    const expected = original.questions.map((question) =>
      question.type === 'DESCRIPTION' ? { ...question, generalFeedback: undefined } : question,
    );
    expect(comparable(again.questions)).toEqual(comparable(JSON.parse(JSON.stringify(expected)) as QuestionDraft[]));
  });

  it('Moodle XML, including attachments, hints and essay settings', () => {
    const questions: QuestionDraft[] = original.questions.map((question) => ({ ...question }));
    const essay = questions.find((question) => question.type === 'ESSAY')!;
    Object.assign(essay, { responseFormat: 'monospaced', minWordLimit: 50, maxWordLimit: 300, graderInfo: '<p>Thang 10</p>', attachments: [{ name: 'hình.png', mimeType: 'image/png', data: Buffer.from([1, 2, 3]) }] });
    const choice = questions.find((question) => question.type === 'SINGLE_CHOICE')!;
    Object.assign(choice, { hints: [{ text: 'Gợi ý 1', showNumCorrect: true, clearWrong: false }], correctFeedback: 'Tốt', showNumCorrect: true });
    const again = parseMoodleXml(exportMoodleXml(questions));
    expect(again.errors).toEqual([]);
    expect(comparable(again.questions)).toEqual(comparable(questions));
  });
});
