/**
 * The demo live sessions, organised by the demo trainer: a training in a district hall and an online workshop,
 * in the weeks after the first start, so that the sessions page, registration, the .ics file and the check-in
 * screen have something to show. Seeded idempotently by organiser and title; the demo learner is registered for
 * the training.
 *
 * Pure data: imports nothing.
 */
export interface DemoLiveSessionSeed {
  kind: 'TRAINING' | 'CONFERENCE' | 'WORKSHOP' | 'ROUND_TABLE';
  title: string;
  description: string;
  /** Days after the seeding day, at this hour and minute of Vietnam's time. */
  startsInDays: number;
  startsAtVietnamTime: { hour: number; minute: number };
  durationMinutes: number;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  creditedHours: number;
  allowWalkIn: boolean;
  /** Demo accounts registered for it, by email. */
  registeredEmails: string[];
}

export const DEMO_LIVE_SESSIONS: DemoLiveSessionSeed[] = [
  {
    kind: 'TRAINING',
    title: 'Tập huấn kỹ năng số cho trưởng ấp, khu phố huyện Châu Thành',
    description:
      'Buổi tập huấn trực tiếp: cài đặt và dùng ứng dụng VNeID, nộp hồ sơ trên Cổng dịch vụ công, nhận diện tin nhắn lừa đảo. ' +
      'Mang theo điện thoại thông minh đã sạc pin. Điểm danh bằng mã QR trên màn hình của giảng viên; buổi học được tính 4 giờ học.',
    startsInDays: 14,
    startsAtVietnamTime: { hour: 8, minute: 0 },
    durationMinutes: 240,
    place: 'Hội trường UBND huyện Châu Thành, tỉnh Bến Tre',
    onlineUrl: null,
    capacity: 60,
    creditedHours: 4,
    allowWalkIn: true,
    registeredEmails: ['learner@demo.hocso.vn'],
  },
  {
    kind: 'WORKSHOP',
    title: 'Hội thảo trực tuyến: chữ ký số trong giải quyết thủ tục hành chính',
    description: 'Chia sẻ kinh nghiệm dùng chữ ký số cá nhân và chữ ký số của cơ quan khi ký văn bản điện tử, và giải đáp thắc mắc.',
    startsInDays: 21,
    startsAtVietnamTime: { hour: 14, minute: 0 },
    durationMinutes: 120,
    place: null,
    onlineUrl: 'https://meet.jit.si/hocso-hoi-thao-chu-ky-so',
    capacity: 200,
    creditedHours: 2,
    allowWalkIn: false,
    registeredEmails: [],
  },
];
