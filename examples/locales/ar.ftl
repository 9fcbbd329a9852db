# A small Arabic locale: an example of a language of your own (`language: ar` and
# `locales: ../locales` in a decisions file, or `--lang ar --locale-dir examples/locales`).
# Messages this file leaves out are shown in English. Start a full translation from
# `annexa locales export DIR --as ar`.

language-name = العربية
language-direction = rtl
date-format = { $day }/{ $month }/{ $year }

page-of = صفحة { $n } من { $total }
header-version = الإصدار
header-draft = مسودة
html-skip-to-content = انتقل إلى المحتوى
html-contents = المحتويات

common-and = و
common-yes = نعم
common-no = لا
common-document-control = ضبط الوثيقة
common-summary = الملخص
common-scope = النطاق
common-id = المعرّف
common-control = الضابط
common-controls = الضوابط
common-title = العنوان
common-status = الحالة
common-owner = المالك
common-evidence = الأدلة
common-applicable = قابل للتطبيق
common-excluded = مستبعد
common-reasons = الأسباب
common-justification = المبرر
common-implementation = التنفيذ

ctl-document-id = رقم الوثيقة
ctl-version = الإصدار
ctl-issue-date = تاريخ الإصدار
ctl-status = الحالة
ctl-classification = التصنيف
ctl-owner = المالك
ctl-review-cycle = دورة المراجعة
ctl-next-review = المراجعة القادمة
ctl-approval = الاعتماد
ctl-role = الدور
ctl-name-or-role = الاسم أو الدور
ctl-date = التاريخ
ctl-signature = التوقيع أو مرجع الاعتماد
ctl-approver = المعتمِد
ctl-revision-history = سجل المراجعات
ctl-author = المؤلف
ctl-changes = التغييرات

kw-status-implemented = منفَّذ
kw-status-partial = منفَّذ جزئيًا
kw-status-planned = مخطَّط
kw-status-not_implemented = غير منفَّذ
kw-status-excluded = مستبعَد
kw-doc-approved = معتمَد
kw-doc-draft = مسودة

soa-title = بيان قابلية التطبيق
soa-legend-heading = كيفية قراءة هذا البيان
soa-standard = المعيار
soa-group = المجموعة
soa-all = الكل
soa-all-standards = جميع المعايير
soa-summary-decided = الضوابط المقررة: { $n }
soa-summary-excluded = المستبعدة مع المبرر: { $n }
chart-title = حالة تنفيذ ضوابط الملحق أ
