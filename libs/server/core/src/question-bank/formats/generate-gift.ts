const TOPICS = ['An toàn thông tin', 'Chữ ký số', 'Dịch vụ công trực tuyến', 'Chuyển đổi số', 'Dữ liệu mở'];
const SUBJECTS = [
  'mật khẩu mạnh', 'xác thực hai yếu tố', 'thư điện tử lừa đảo', 'chữ ký số công cộng', 'cổng dịch vụ công quốc gia',
  'sao lưu dữ liệu', 'mạng Wi-Fi công cộng', 'định danh điện tử VNeID', 'hồ sơ điện tử', 'phần mềm diệt virus',
];
const WRONG = ['Chia sẻ cho đồng nghiệp', 'Ghi ra giấy dán màn hình', 'Dùng chung cho mọi tài khoản', 'Bỏ qua cảnh báo'];

/**
 * A deterministic bank of `count` Vietnamese GIFT questions cycling through every type, with categories,
 * names, ids, tags, feedback and escapes, for benchmarks and load tests.
 */
export function generateGiftBank(count: number): string {
  const chunks: string[] = [];
  for (let index = 0; index < count; index++) {
    const topic = TOPICS[index % TOPICS.length] as string;
    const subject = SUBJECTS[(index * 7) % SUBJECTS.length] as string;
    if (index % 100 === 0) chunks.push(`$CATEGORY: $course$/top/Kỹ năng số/${topic}`);
    chunks.push(`// [id:q-${index + 1}] [tag:${topic.replace(/\s+/g, '-').toLowerCase()}]\n${question(index, subject)}`);
  }
  return `${chunks.join('\n\n')}\n`;
}

function question(index: number, subject: string): string {
  const name = `::Câu ${index + 1}\\: ${subject}::`;
  const wrong = (offset: number): string => WRONG[(index + offset) % WRONG.length] as string;
  switch (index % 8) {
    case 0:
      return `${name}Khi sử dụng ${subject}, việc nào sau đây là đúng?{\n\t=Làm theo hướng dẫn của đơn vị#Chính xác!\n\t~${wrong(0)}#Không an toàn.\n\t~${wrong(1)}\n\t~${wrong(2)}\n\t####Xem lại bài 3 về ${subject}.\n}`;
    case 1:
      return `${name}Chọn các phát biểu đúng về ${subject} (50% \\= nửa điểm){\n\t~%50%Cần cập nhật thường xuyên\n\t~%50%Phải được bảo vệ\n\t~%-100%${wrong(0)}\n\t~%-100%${wrong(3)}\n}`;
    case 2:
      return `${name}[html]<p><b>${subject}</b> giúp bảo vệ tài khoản của cán bộ.</p>{TRUE#Sai rồi, hãy đọc lại.#Đúng vậy.}`;
    case 3:
      return `${name}Viết tắt của "Trung tâm Phục vụ hành chính công" là gì?{\n\t=TTPVHCC#Đúng.\n\t=%50%Trung tâm PVHCC#Gần đúng.\n}`;
    case 4:
      return `${name}Một hồ sơ có ${index % 50} trang, quét mỗi phút 5 trang; cần bao nhiêu phút?{#${(index % 50) / 5}:0.5}`;
    case 5:
      return `${name}Ghép mỗi khái niệm với ý nghĩa của nó.{\n\t=VNeID -> Định danh điện tử\n\t=OTP -> Mật khẩu dùng một lần\n\t=HTTPS -> Kết nối được mã hóa\n}`;
    case 6:
      return `${name}Trình bày ngắn gọn kinh nghiệm của anh/chị về ${subject} tại đơn vị.{}`;
    default:
      if (index % 16 === 15) return `${name}Phần tiếp theo\\: các câu hỏi về ${subject}.`;
      return `${name}Việc {~bỏ qua =thực hiện ~trì hoãn} ${subject} giúp giảm rủi ro mất dữ liệu.`;
  }
}
