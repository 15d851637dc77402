import { parseAiken } from './aiken-parser';

describe('parseAiken', () => {
  it('reads questions as single choice with HTML-escaped text', () => {
    const result = parseAiken('Đâu là <b>đúng</b>?\r\nA) Một & hai\r\nB. Ba\r\nANSWER: B\r\n');
    expect(result.errors).toEqual([]);
    expect(result.questions[0]).toMatchObject({
      type: 'SINGLE_CHOICE',
      prompt: 'Đâu là &lt;b&gt;đúng&lt;/b&gt;?',
      promptFormat: 'html',
      options: [
        { text: 'Một &amp; hai', fraction: 0 },
        { text: 'Ba', fraction: 1 },
      ],
      line: 1,
    });
  });

  it('reports the problems Moodle reports, with the line where the question starts', () => {
    const result = parseAiken('Ít đáp án\nA) một\nANSWER: A\n\nB) lạc\n\nChưa xong\nA) x\nB) y\nCâu mới\nA) p\nB) q\nANSWER: C\n\nCuối\nA) 1\nB) 2');
    expect(result.questions).toHaveLength(0);
    const inQuestion = (name: string, reason: string, params: object = {}) => ({ reason: 'questionImport.aiken.error', params: { name, problem: { reason, params } } });
    expect(result.errors).toEqual([
      { line: 1, message: expect.stringContaining('at least 2 answers on line 3'), ...inQuestion('Ít đáp án', 'questionImport.aiken.tooFewAnswers', { line: '3' }) },
      { line: 5, message: 'Question not started on line 5', reason: 'questionImport.aiken.notStarted', params: { line: '5' } },
      {
        line: 7,
        message: expect.stringContaining('not completed before next question start on line 10'),
        ...inQuestion('Chưa xong', 'questionImport.aiken.notCompleted', { line: '10' }),
      },
      { line: 10, message: expect.stringContaining('"C"'), ...inQuestion('Câu mới', 'questionImport.aiken.answerNotAChoice', { letter: 'C', line: '13' }) },
      { line: 15, message: expect.stringContaining('end of the file'), reason: 'questionImport.aiken.error', params: { name: 'Cuối', problem: { reason: 'questionImport.aiken.notCompletedAtEnd' } } },
    ]);
  });
});
