/** Demo question banks, written in GIFT as a trainer moving from Moodle would bring them. */
export interface DemoQuestionBankSeed {
  title: string;
  gift: string;
}

const DIGITAL_SKILLS_GIFT = String.raw`// Ngân hàng câu hỏi mẫu của HocSo: kỹ năng số cơ bản cho người dân và cán bộ.

$CATEGORY: top/Kỹ năng số/An toàn thông tin

// [tag:mat-khau]
::Mật khẩu mạnh::Mật khẩu nào dưới đây an toàn nhất?{
  =Tr4ng-Xanh!Song#Ben-Tre-2026 # Đúng: dài, có chữ hoa, chữ thường, số và ký tự đặc biệt.
  ~12345678 # Dãy số liên tiếp bị dò ra trong vài giây.
  ~ngaysinh1990 # Thông tin cá nhân dễ đoán.
  ~matkhau # Đây là một trong những mật khẩu bị dùng nhiều nhất.
  #### Mật khẩu mạnh cần dài (từ 12 ký tự) và không chứa thông tin cá nhân.
}

::Mã OTP::Nhân viên ngân hàng gọi điện xin mã OTP để "xác minh tài khoản". Bạn nên đưa mã OTP cho họ.{FALSE#Ngân hàng không bao giờ hỏi mã OTP: đây là lừa đảo.#Đúng: không bao giờ đưa mã OTP cho bất kỳ ai.}

::Dấu hiệu lừa đảo::Những dấu hiệu nào cho thấy một tin nhắn có thể là lừa đảo?{
  ~%50%Yêu cầu bấm vào đường liên kết lạ để nhận quà
  ~%50%Thúc giục chuyển tiền gấp
  ~%-50%Tin nhắn từ số điện thoại đã lưu của người thân, nội dung hỏi thăm bình thường
  ~%-50%Thông báo lịch họp từ cổng thông tin chính thức của đơn vị
}

::Xác thực hai lớp::Tên gọi tắt của xác thực hai lớp (two-factor authentication) là gì?{=2FA =xác thực hai yếu tố}

$CATEGORY: top/Kỹ năng số/Dịch vụ công trực tuyến

::Cổng dịch vụ công::Nộp hồ sơ trực tuyến giúp người dân không phải đến trực tiếp cơ quan nhà nước cho mọi bước của thủ tục.{TRUE}

::Định danh điện tử::Ứng dụng định danh điện tử quốc gia tên là gì?{
  =VNeID
  ~Zalo
  ~Facebook
  ~Messenger
}

::Thời hạn xử lý::Một thủ tục có thời hạn giải quyết 15 ngày làm việc. Hồ sơ nộp thứ Hai tuần 1 (không có ngày nghỉ lễ) thì muộn nhất phải có kết quả sau bao nhiêu tuần lễ?{#3:0}

::Ghép loại dịch vụ::Ghép mỗi việc với nơi thực hiện phù hợp.{
  =Cấp lại căn cước -> Ứng dụng VNeID hoặc cơ quan công an
  =Đăng ký khai sinh -> Cổng dịch vụ công
  =Nộp thuế điện tử -> Cổng thuế điện tử
}

$CATEGORY: top/Kỹ năng số/Thiết bị và Internet

::Wi-Fi công cộng::Khi dùng Wi-Fi miễn phí ở quán cà phê, việc nào sau đây nên tránh?{
  =Đăng nhập ứng dụng ngân hàng để chuyển tiền
  ~Đọc tin tức
  ~Xem bản đồ đường đi
  ~Tra cứu lịch làm việc của cơ quan
}

::Cập nhật phần mềm::Cập nhật hệ điều hành của điện thoại giúp vá các lỗ hổng bảo mật.{TRUE#Sai: bản cập nhật thường sửa các lỗ hổng mà kẻ gian lợi dụng.#Đúng.}

::Địa chỉ an toàn::Biểu tượng ổ khóa và địa chỉ bắt đầu bằng "https://" cho biết điều gì?{
  =Kết nối giữa trình duyệt và trang web được mã hóa
  ~Trang web chắc chắn là của cơ quan nhà nước
  ~Trang web không thể chứa mã độc
  ~Trang web miễn phí
}

$CATEGORY: top/Chuyển đổi số/Nhận thức chung

::Ba trụ cột::Chuyển đổi số quốc gia dựa trên ba trụ cột: chính quyền số, kinh tế số và {=xã hội số ~khoa học số ~giao thông số}.

::Tự luận::Nêu hai việc cụ thể đơn vị của anh/chị có thể làm trong năm nay để đưa dịch vụ lên môi trường số.{}

::Tỷ lệ hồ sơ::Một xã tiếp nhận 400 hồ sơ, trong đó 300 hồ sơ nộp trực tuyến. Tỷ lệ hồ sơ trực tuyến là bao nhiêu phần trăm?{#75:0.5}

::Giới thiệu phần thi::Phần tiếp theo gồm các câu hỏi về kỹ năng sử dụng thiết bị số tại nơi làm việc.
`;

export const DEMO_QUESTION_BANKS: DemoQuestionBankSeed[] = [
  { title: 'Kỹ năng số cơ bản (mẫu)', gift: DIGITAL_SKILLS_GIFT },
];
