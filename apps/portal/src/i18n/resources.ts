import coursesEn from '../features/courses/i18n/en.json';
import coursesVi from '../features/courses/i18n/vi.json';
import examsEn from '../features/exams/i18n/en.json';
import examsVi from '../features/exams/i18n/vi.json';
import questionBankEn from '../features/question-bank/i18n/en.json';
import questionBankVi from '../features/question-bank/i18n/vi.json';
import en from './en.json';
import vi from './vi.json';

/** Every translation, the shell's plus one namespace-like key per feature that keeps its own files. */
export const translations = {
  vi: { ...vi, courses: coursesVi, exams: examsVi, questionBank: questionBankVi },
  en: { ...en, courses: coursesEn, exams: examsEn, questionBank: questionBankEn },
};
