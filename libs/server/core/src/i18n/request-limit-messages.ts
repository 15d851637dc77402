import { defineMessages } from './translation';

/** Why the API refused a request before doing any work: its cost, its shape or the length of a text in it. */
export const REQUEST_LIMIT_MESSAGES = defineMessages({
  'request.tooComplex': {
    vi: 'Yêu cầu này quá nặng (chi phí ước tính {cost}, tối đa {limit}); hãy yêu cầu ít trường hoặc ít mục hơn',
    en: 'This request is too costly (estimated cost {cost}; the limit is {limit}); ask for fewer fields or items',
  },
  'request.tooLarge': {
    vi: 'Yêu cầu này có quá nhiều trường (hơn {limit}); hãy chia nhỏ yêu cầu',
    en: 'This request selects too many fields (more than {limit}); split it into smaller requests',
  },
  'request.tooManyAliases': {
    vi: 'Yêu cầu này dùng {count} bí danh (alias), tối đa {limit}',
    en: 'This request uses {count} aliases; the limit is {limit}',
  },
  'request.tooManyRootFields': {
    vi: 'Yêu cầu này gọi {count} thao tác, tối đa {limit} mỗi lần',
    en: 'This request calls {count} operations; the limit is {limit} per request',
  },
  'request.tooManyOfField': {
    vi: 'Mỗi yêu cầu chỉ được gọi {field} tối đa {limit} lần (yêu cầu này gọi {count} lần)',
    en: 'One request may call {field} at most {limit} time(s) (this one calls it {count} times)',
  },
  'request.invalid': { vi: 'Yêu cầu không hợp lệ: {detail}', en: 'The request is not valid: {detail}' },
  'request.textTooLong': {
    vi: '{field} dài tối đa {max} ký tự (giá trị đã gửi dài {length} ký tự)',
    en: '{field} has at most {max} characters (the value sent has {length})',
  },
});
