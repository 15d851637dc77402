/**
 * The four learning tracks of the demo seed, drawn from Bến Tre's digital-transformation programme
 * (2020–2025, vision 2030). Vietnamese first; English for the English UI.
 *
 * Pure data: imports nothing.
 */
export interface TrackSeed {
  code: string;
  title: string;
  description: string;
  audiences: Array<'CITIZEN' | 'OFFICIAL' | 'LEADER' | 'SME' | 'VILLAGE_HEAD'>;
  position: number;
  titleEn: string;
  descriptionEn: string;
}

export const DEMO_TRACKS: TrackSeed[] = [
  {
    code: 'leaders',
    title: 'Lãnh đạo chuyển đổi số',
    description:
      'Nâng cao nhận thức và năng lực lãnh đạo, chỉ đạo chuyển đổi số cho lãnh đạo các cấp. ' +
      'Người học nắm được mục tiêu, lộ trình chuyển đổi số của tỉnh trên ba trụ cột chính quyền số, kinh tế số và xã hội số. ' +
      'Khóa học hướng dẫn cách dẫn dắt tổ chức, ra quyết định dựa trên dữ liệu và đánh giá kết quả chuyển đổi số tại đơn vị.',
    audiences: ['LEADER'],
    position: 1,
    titleEn: 'Leading digital transformation',
    descriptionEn:
      'Builds awareness of digital transformation and the capacity to lead and direct it, for leaders at every level. ' +
      "Learners understand the province's goals and roadmap across the three pillars of digital government, digital economy and digital society. " +
      'The track shows how to lead an organisation through change, decide on the basis of data and measure the results of digital transformation in their unit.',
  },
  {
    code: 'officials',
    title: 'Kỹ năng số cho cán bộ, công chức, viên chức',
    description:
      'Bồi dưỡng kỹ năng số từ cơ bản đến nâng cao cho cán bộ, công chức, viên chức. ' +
      'Nội dung gồm làm việc trên môi trường số, quản lý văn bản điện tử, chính quyền số và dịch vụ công trực tuyến. ' +
      'Người học được trang bị kiến thức và kỹ năng bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân trong thực thi công vụ.',
    audiences: ['OFFICIAL'],
    position: 2,
    titleEn: 'Digital skills for civil servants',
    descriptionEn:
      'Basic then advanced digital skills for cadres, civil servants and public employees. ' +
      'It covers working in a digital environment, electronic document management, digital government and online public services. ' +
      'Learners gain the knowledge and skills to keep information secure and protect personal data in their official duties.',
  },
  {
    code: 'sme',
    title: 'Chuyển đổi số cho doanh nghiệp nhỏ và vừa',
    description:
      'Hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng công nghệ số vào sản xuất, kinh doanh. ' +
      'Nội dung gồm phân tích dữ liệu kinh doanh, quản lý quan hệ khách hàng (CRM), quản lý tài chính và bán hàng. ' +
      'Doanh nghiệp được giới thiệu các mô hình kinh doanh số, thương mại điện tử và cách xây dựng lộ trình chuyển đổi số phù hợp với quy mô của mình.',
    audiences: ['SME'],
    position: 3,
    titleEn: 'Digital transformation for small and medium-sized enterprises',
    descriptionEn:
      'Helps small and medium-sized enterprises apply digital technology to production and business. ' +
      'It covers business analytics, customer relationship management (CRM), and finance and sales management. ' +
      'Businesses are introduced to digital business models, e-commerce and how to build a digital-transformation roadmap that fits their size.',
  },
  {
    code: 'village-heads',
    title: 'Kỹ năng số cho tổ trưởng thôn, ấp, khu phố',
    description:
      'Trang bị kỹ năng số thiết yếu cho tổ trưởng thôn, ấp, khu phố và thành viên Tổ công nghệ số cộng đồng. ' +
      'Người học biết sử dụng điện thoại thông minh, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận diện lừa đảo trên mạng. ' +
      'Qua đó, các tổ trưởng hướng dẫn, lan tỏa kỹ năng số đến từng hộ gia đình, người dân trên địa bàn.',
    audiences: ['VILLAGE_HEAD'],
    position: 4,
    titleEn: 'Digital skills for village and hamlet heads',
    descriptionEn:
      'Essential digital skills for heads of villages, hamlets and neighbourhoods and for members of the Community Digital Technology Teams. ' +
      'Learners use smartphones, online public services and cashless payments, and learn to recognise online scams. ' +
      'They then guide residents and spread these digital skills to every household in their area.',
  },
];
