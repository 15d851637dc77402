/**
 * The demo courses: one published course per audience, written for HocSo (Học Số) and the province's
 * digital-transformation programme. Vietnamese, NFC. Seeded idempotently by course code.
 *
 * Pure data: imports nothing.
 */
export interface DemoLessonSeed {
  title: string;
  kind: 'TEXT' | 'VIDEO' | 'EXAM';
  /** TEXT: Markdown; VIDEO: optional notes. */
  body?: string;
  /** EXAM: the title of a demo exam (see demo-exams.ts); done when the learner passes it. */
  examTitle?: string;
  videoUrl?: string;
  transcript?: string;
  required?: boolean;
}

export interface DemoModuleSeed {
  title: string;
  lessons: DemoLessonSeed[];
}

export interface DemoCourseSeed {
  code: string;
  title: string;
  summary: string;
  hours: number;
  /** Track placements; none for the open catalogue. */
  tracks: Array<{ code: string; mandatory: boolean }>;
  prerequisiteCodes?: string[];
  modules: DemoModuleSeed[];
}

const VIDEO_BASE = 'https://video.hocso.vn/khoa-hoc';

export const DEMO_COURSES: DemoCourseSeed[] = [
  {
    code: 'CDS-CO-BAN',
    title: 'Chuyển đổi số cơ bản',
    summary:
      'Khóa học mở cho mọi người dân: chuyển đổi số là gì, dùng điện thoại thông minh an toàn, nộp hồ sơ dịch vụ công trực tuyến ' +
      'và thanh toán không dùng tiền mặt trong đời sống hằng ngày.',
    hours: 4,
    tracks: [],
    modules: [
      {
        title: 'Chuyển đổi số trong đời sống',
        lessons: [
          {
            title: 'Chuyển đổi số là gì?',
            kind: 'TEXT',
            body: `**Chuyển đổi số** là quá trình thay đổi cách chúng ta sống, làm việc và giao tiếp nhờ công nghệ số: điện thoại thông minh, Internet, dữ liệu và các ứng dụng trực tuyến.

Chuyển đổi số quốc gia có **ba trụ cột**:

1. **Chính quyền số** – cơ quan nhà nước làm việc và phục vụ người dân trên môi trường mạng.
2. **Kinh tế số** – doanh nghiệp, hộ kinh doanh bán hàng, thanh toán, quản lý bằng công nghệ số.
3. **Xã hội số** – người dân có kỹ năng số để học tập, làm việc và kết nối an toàn.

## Lợi ích cho người dân

- Làm thủ tục hành chính tại nhà, không phải đi lại, xếp hàng.
- Thanh toán tiền điện, nước, học phí chỉ với vài thao tác.
- Tiếp cận thông tin y tế, giáo dục, việc làm nhanh và chính xác.

> Chuyển đổi số trước hết là chuyển đổi **nhận thức**: mỗi người dân hãy bắt đầu từ một việc nhỏ, như cài đặt ứng dụng VNeID và kích hoạt tài khoản định danh điện tử.
`,
          },
          {
            title: 'Giới thiệu ứng dụng VNeID',
            kind: 'VIDEO',
            videoUrl: `${VIDEO_BASE}/cds-co-ban/02-gioi-thieu-vneid.mp4`,
            transcript:
              'Xin chào bà con. Trong video này, chúng ta cùng tìm hiểu ứng dụng VNeID – ứng dụng định danh điện tử của Bộ Công an. ' +
              'Với tài khoản định danh mức 2, bà con có thể dùng căn cước điện tử thay cho thẻ căn cước khi làm thủ tục, ' +
              'đăng nhập Cổng dịch vụ công quốc gia và tích hợp giấy phép lái xe, thẻ bảo hiểm y tế. ' +
              'Bà con tải ứng dụng từ kho ứng dụng chính thức, không cài từ đường dẫn lạ được gửi qua tin nhắn.',
          },
        ],
      },
      {
        title: 'Dịch vụ công và thanh toán trực tuyến',
        lessons: [
          {
            title: 'Nộp hồ sơ trên Cổng dịch vụ công',
            kind: 'TEXT',
            body: `Các bước nộp một hồ sơ trực tuyến:

1. Truy cập [Cổng dịch vụ công quốc gia](https://dichvucong.gov.vn) và **đăng nhập bằng tài khoản VNeID**.
2. Tìm thủ tục cần làm, ví dụ: *Cấp bản sao trích lục khai sinh*.
3. Điền tờ khai, đính kèm giấy tờ đã chụp rõ nét.
4. Nộp lệ phí trực tuyến (nếu có) và ghi lại **mã hồ sơ** để tra cứu.

| Việc cần chuẩn bị | Ghi chú |
|---|---|
| Tài khoản VNeID mức 2 | Đăng ký tại công an xã, phường |
| Ảnh chụp giấy tờ | Rõ chữ, đủ bốn góc |
| Số điện thoại chính chủ | Để nhận mã OTP |
`,
          },
          {
            title: 'Thanh toán không dùng tiền mặt an toàn',
            kind: 'TEXT',
            body: `- Chỉ dùng ứng dụng ngân hàng, ví điện tử **tải từ kho chính thức**.
- Đặt mật khẩu và mã PIN riêng, **không chia sẻ mã OTP** cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng hay công an.
- Kiểm tra kỹ tên người nhận trước khi chuyển tiền qua mã QR.
- Bật thông báo biến động số dư để phát hiện giao dịch lạ.

**Nhớ:** cơ quan nhà nước không bao giờ yêu cầu chuyển tiền qua điện thoại.
`,
          },
        ],
      },
      {
        title: 'Kiểm tra cuối khóa',
        lessons: [{ title: 'Bài kiểm tra cuối khóa', kind: 'EXAM', examTitle: 'Bài kiểm tra cuối khóa: Chuyển đổi số cơ bản' }],
      },
    ],
  },
  {
    code: 'KNS-CBCC',
    title: 'Kỹ năng số cho cán bộ, công chức',
    summary:
      'Bồi dưỡng kỹ năng làm việc trên môi trường số cho cán bộ, công chức, viên chức: văn bản điện tử và chữ ký số, ' +
      'xử lý hồ sơ dịch vụ công trực tuyến, bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân trong thực thi công vụ.',
    hours: 8,
    tracks: [{ code: 'officials', mandatory: true }],
    modules: [
      {
        title: 'Làm việc trên môi trường số',
        lessons: [
          {
            title: 'Văn bản điện tử và chữ ký số',
            kind: 'TEXT',
            body: `Theo Nghị định 30/2020/NĐ-CP về công tác văn thư, **văn bản điện tử được ký số** có giá trị pháp lý như văn bản giấy.

## Quy trình xử lý văn bản đến

1. Văn thư tiếp nhận trên hệ thống quản lý văn bản và điều hành.
2. Lãnh đạo cho ý kiến chỉ đạo, giao xử lý **ngay trên hệ thống**.
3. Chuyên viên xử lý, dự thảo văn bản trả lời, trình ký số.

## Lưu ý khi ký số

- Chữ ký số cá nhân và chữ ký số của cơ quan là **hai loại khác nhau**.
- Không giao thiết bị ký số (USB token, SIM ký số) hoặc mã PIN cho người khác.
- Kiểm tra đúng phiên bản dự thảo trước khi ký.
`,
          },
          {
            title: 'Xử lý hồ sơ dịch vụ công trực tuyến',
            kind: 'VIDEO',
            videoUrl: `${VIDEO_BASE}/kns-cbcc/02-xu-ly-ho-so-truc-tuyen.mp4`,
            transcript:
              'Video này hướng dẫn công chức bộ phận một cửa tiếp nhận và xử lý hồ sơ trực tuyến toàn trình. ' +
              'Khi hồ sơ đến, công chức kiểm tra thành phần hồ sơ, đối chiếu dữ liệu dân cư qua tài khoản định danh, ' +
              'yêu cầu bổ sung một lần duy nhất nếu thiếu, và trả kết quả điện tử có ký số để người dân tải về. ' +
              'Mọi bước đều được ghi nhận để đánh giá mức độ hài lòng và thời hạn giải quyết.',
          },
        ],
      },
      {
        title: 'An toàn thông tin trong công vụ',
        lessons: [
          {
            title: 'Nhận diện thư điện tử lừa đảo',
            kind: 'TEXT',
            body: `Dấu hiệu của một thư lừa đảo (*phishing*):

- Địa chỉ người gửi **gần giống** tên miền cơ quan (ví dụ \`bentre.gov.vn.com\`).
- Nội dung thúc giục: *"Tài khoản sẽ bị khóa trong 24 giờ"*.
- Tệp đính kèm lạ (\`.exe\`, \`.scr\`, tệp nén có mật khẩu) hoặc đường dẫn rút gọn.

**Khi nghi ngờ:** không bấm vào đường dẫn, không mở tệp, báo ngay cho bộ phận công nghệ thông tin của đơn vị.
`,
          },
          {
            title: 'Bảo vệ dữ liệu cá nhân',
            kind: 'TEXT',
            body: `Nghị định 13/2023/NĐ-CP quy định về bảo vệ dữ liệu cá nhân. Trong công việc hằng ngày:

- Chỉ thu thập dữ liệu **cần thiết** cho thủ tục.
- Không gửi danh sách có số căn cước, số điện thoại của người dân qua nhóm chat cá nhân.
- Khóa màn hình khi rời khỏi máy tính (\`Windows + L\`).
- Dùng **xác thực hai lớp** cho thư công vụ.
`,
          },
        ],
      },
    ],
  },
  {
    code: 'LD-CDS',
    title: 'Lãnh đạo chuyển đổi số',
    summary:
      'Dành cho lãnh đạo các cấp: xây dựng tầm nhìn và kế hoạch chuyển đổi số của cơ quan, đơn vị, chỉ đạo dựa trên dữ liệu, ' +
      'đo lường kết quả bằng bộ chỉ số và dẫn dắt con người vượt qua thay đổi.',
    hours: 6,
    tracks: [{ code: 'leaders', mandatory: true }],
    modules: [
      {
        title: 'Tầm nhìn và kế hoạch',
        lessons: [
          {
            title: 'Vai trò người đứng đầu',
            kind: 'TEXT',
            body: `Kinh nghiệm của các địa phương dẫn đầu cho thấy: chuyển đổi số thành công khi **người đứng đầu trực tiếp chỉ đạo**.

## Năm việc người đứng đầu cần làm

1. Ban hành kế hoạch chuyển đổi số của đơn vị với mục tiêu **đo được**.
2. Giao một lãnh đạo phụ trách và một **chuyên gia chuyển đổi số** làm đầu mối.
3. Bố trí nguồn lực: kinh phí, đào tạo, hạ tầng.
4. Làm gương: xử lý văn bản, họp trực tuyến, ký số trên hệ thống.
5. Kiểm tra định kỳ, khen thưởng cách làm hay, xử lý chậm trễ.
`,
          },
          {
            title: 'Xây dựng kế hoạch chuyển đổi số của đơn vị',
            kind: 'VIDEO',
            videoUrl: `${VIDEO_BASE}/ld-cds/02-xay-dung-ke-hoach.mp4`,
            transcript:
              'Một kế hoạch chuyển đổi số tốt trả lời bốn câu hỏi: đơn vị đang ở đâu, muốn đến đâu, đi bằng cách nào và đo kết quả ra sao. ' +
              'Bước một là đánh giá hiện trạng: thủ tục nào đã trực tuyến, dữ liệu nào đã số hóa, cán bộ nào cần bồi dưỡng. ' +
              'Bước hai là chọn ít mục tiêu nhưng rõ ràng, có thời hạn. Bước ba là phân công và bố trí nguồn lực. ' +
              'Bước bốn là theo dõi bằng bộ chỉ số và điều chỉnh hằng quý.',
          },
        ],
      },
      {
        title: 'Chỉ đạo dựa trên dữ liệu',
        lessons: [
          {
            title: 'Bộ chỉ số đo lường chuyển đổi số',
            kind: 'TEXT',
            body: `Một số chỉ số lãnh đạo nên theo dõi hằng tháng:

| Chỉ số | Ý nghĩa |
|---|---|
| Tỷ lệ hồ sơ trực tuyến toàn trình | Mức độ phục vụ người dân trên môi trường số |
| Tỷ lệ văn bản được ký số | Mức độ làm việc không giấy tờ |
| Tỷ lệ hồ sơ giải quyết đúng hạn | Chất lượng phục vụ |
| Tỷ lệ cán bộ hoàn thành bồi dưỡng kỹ năng số | Năng lực đội ngũ |

> *Điều gì đo được thì quản lý được.* Hãy yêu cầu báo cáo bằng số liệu từ hệ thống, không bằng cảm nhận.
`,
          },
        ],
      },
    ],
  },
  {
    code: 'DN-PTDL',
    title: 'Phân tích dữ liệu kinh doanh cho doanh nghiệp nhỏ và vừa',
    summary:
      'Giúp chủ doanh nghiệp nhỏ và vừa, hộ kinh doanh biến dữ liệu bán hàng thành quyết định: ghi chép đúng cách, ' +
      'đọc các chỉ số doanh thu, lợi nhuận, khách hàng quay lại và lập báo cáo bằng bảng tính.',
    hours: 10,
    tracks: [{ code: 'sme', mandatory: false }],
    modules: [
      {
        title: 'Dữ liệu bán hàng',
        lessons: [
          {
            title: 'Ghi chép dữ liệu bán hàng đúng cách',
            kind: 'TEXT',
            body: `Dữ liệu tốt bắt đầu từ một **bảng ghi chép thống nhất**. Mỗi dòng là một đơn hàng:

| Ngày | Mã khách | Sản phẩm | Số lượng | Đơn giá | Kênh bán |
|---|---|---|---|---|---|
| 02/03 | KH015 | Kẹo dừa 500g | 10 | 45.000 | Sàn TMĐT |
| 02/03 | KH102 | Bánh tráng | 25 | 18.000 | Cửa hàng |

Nguyên tắc:

- Mỗi cột **một loại thông tin**, không gộp "10 hộp kẹo dừa" vào một ô.
- Ngày tháng và số tiền ghi đúng định dạng để bảng tính cộng trừ được.
- Có **mã khách hàng** để biết ai quay lại mua.
`,
          },
          {
            title: 'Các chỉ số kinh doanh cần biết',
            kind: 'VIDEO',
            videoUrl: `${VIDEO_BASE}/dn-ptdl/02-chi-so-kinh-doanh.mp4`,
            transcript:
              'Chào các anh chị chủ doanh nghiệp. Có năm chỉ số nên xem mỗi tuần: doanh thu, biên lợi nhuận gộp, giá trị đơn hàng trung bình, ' +
              'tỷ lệ khách hàng quay lại và hàng tồn kho. Ví dụ, một cơ sở kẹo dừa thấy doanh thu tăng nhưng biên lợi nhuận giảm: ' +
              'khi phân tích theo kênh bán, họ phát hiện phí sàn thương mại điện tử đã ăn mất phần lớn lợi nhuận, và điều chỉnh giá bán trên sàn.',
          },
        ],
      },
      {
        title: 'Báo cáo và ra quyết định',
        lessons: [
          {
            title: 'Lập báo cáo bằng bảng tổng hợp (PivotTable)',
            kind: 'TEXT',
            body: `Bảng tổng hợp (*PivotTable* trong Excel, *Bảng tổng hợp* trong Google Trang tính) trả lời nhanh các câu hỏi:

- Sản phẩm nào bán chạy nhất tháng này?
- Kênh bán nào mang lại nhiều lợi nhuận nhất?
- Khách hàng nào mua nhiều nhất?

## Các bước

1. Chọn vùng dữ liệu bán hàng → **Chèn → Bảng tổng hợp**.
2. Kéo *Sản phẩm* vào **Hàng**, *Kênh bán* vào **Cột**.
3. Kéo *Thành tiền* vào **Giá trị**, chọn phép tính **Tổng**.
4. Thêm biểu đồ cột để trình bày trong cuộc họp.
`,
          },
          {
            title: 'Tài liệu đọc thêm: quản lý quan hệ khách hàng (CRM)',
            kind: 'TEXT',
            required: false,
            body: `Phần mềm CRM lưu lịch sử mua hàng, chăm sóc và phản hồi của từng khách hàng. Với doanh nghiệp nhỏ, hãy bắt đầu bằng **một danh sách khách hàng chung** trên bảng tính, rồi chuyển sang phần mềm khi số khách vượt quá khả năng theo dõi thủ công.
`,
          },
        ],
      },
    ],
  },
  {
    code: 'TCNS-CD',
    title: 'Tổ công nghệ số cộng đồng',
    summary:
      'Dành cho tổ trưởng thôn, ấp, khu phố và thành viên Tổ công nghệ số cộng đồng: cách "cầm tay chỉ việc" cho người dân ' +
      'cài đặt ứng dụng, làm dịch vụ công trực tuyến, thanh toán số và phòng tránh lừa đảo trên mạng.',
    hours: 5,
    tracks: [{ code: 'village-heads', mandatory: true }],
    prerequisiteCodes: [],
    modules: [
      {
        title: 'Nhiệm vụ của Tổ công nghệ số cộng đồng',
        lessons: [
          {
            title: 'Tổ công nghệ số cộng đồng làm gì?',
            kind: 'TEXT',
            body: `Tổ công nghệ số cộng đồng được thành lập ở từng thôn, ấp, khu phố, gồm tổ trưởng, đoàn viên thanh niên, hội viên phụ nữ, công an viên và người am hiểu công nghệ.

## Nhiệm vụ chính

- **Tuyên truyền** lợi ích của chuyển đổi số đến từng hộ gia đình.
- **Hướng dẫn trực tiếp** người dân cài đặt VNeID, ứng dụng ngân hàng, nộp hồ sơ trực tuyến.
- **Cảnh báo** các hình thức lừa đảo mới qua nhóm Zalo của ấp.
- **Phản ánh** khó khăn của người dân lên Ủy ban nhân dân xã.

> Phương châm: *đi từng ngõ, gõ từng nhà, hướng dẫn từng người.*
`,
          },
          {
            title: 'Hướng dẫn người cao tuổi dùng điện thoại thông minh',
            kind: 'VIDEO',
            videoUrl: `${VIDEO_BASE}/tcns-cd/02-huong-dan-nguoi-cao-tuoi.mp4`,
            transcript:
              'Khi hướng dẫn người cao tuổi, anh chị hãy ngồi cạnh, để người dân tự cầm máy và tự bấm. ' +
              'Tăng cỡ chữ trong phần Cài đặt, Màn hình. Mỗi buổi chỉ dạy một việc, ví dụ gọi video cho con cháu, ' +
              'rồi nhờ người dân làm lại hai, ba lần. Ghi các bước ra giấy bằng chữ to để dán cạnh chỗ để điện thoại.',
          },
        ],
      },
      {
        title: 'Phòng tránh lừa đảo trực tuyến',
        lessons: [
          {
            title: 'Các chiêu lừa đảo thường gặp',
            kind: 'TEXT',
            body: `| Chiêu lừa | Cách nhận biết | Cách xử lý |
|---|---|---|
| Giả danh công an, tòa án gọi điện | Đe dọa, yêu cầu chuyển tiền "để điều tra" | Cúp máy, báo công an xã |
| Tin nhắn trúng thưởng | Yêu cầu nộp phí nhận quà | Không bấm đường dẫn |
| Nhờ "cài lại VNeID" | Gửi đường dẫn tải ứng dụng lạ | Chỉ tải từ kho ứng dụng chính thức |
| Người thân nhắn mượn tiền | Tài khoản bị chiếm, giọng điệu lạ | **Gọi điện lại** xác minh |

**Ghi nhớ 3 KHÔNG:** không cung cấp mã OTP, không bấm đường dẫn lạ, không chuyển tiền cho người chưa xác minh.
`,
          },
        ],
      },
    ],
  },
];
