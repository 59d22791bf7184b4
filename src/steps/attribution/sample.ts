import type { Language } from '../../contract/workspace';
import { DEFAULT_HALF_LIFE_DAYS, type AttributionSlice, type Channel, type Effort, type Journey } from '../../domain/attribution-schema';

/**
 * The Nordvind sample's attribution: the seeds' story as a real journey, and a fast one beside it.
 *
 * The story (Hedensted School's new ventilation system, 486.500 kr.): a customer's referral in
 * March, the e-mail sequence the contact signed up for (the lead's creation), retargeting ads and
 * a blog article over the spring; then, after the summer, two sales meetings (the deal is created
 * at the first), a proposal, and the order in November. Under last touch sales gets all of it;
 * marketing, which carried the school from March to August, gets 0 kr.
 *
 * The fast one (an office building in Aarhus, 128.400 kr.): a search ad and the energy calculator
 * on the website in one day, a call, a meeting with the installer partner, a proposal, and the
 * order four weeks later: the channels that work in weeks.
 *
 * The room chose W-shaped and measures marketing on its credited pipeline and revenue and on the
 * MQLs sales accepts, reported monthly by the Head of Marketing; the agreement answers the wall's
 * "Shared goals and measurement" problem (theme-goals in scripts/samples/currentState.ts).
 */

type Text = Record<Language, string>;
interface SampleTouch {
  id: string;
  date: string;
  channel: Channel;
  effort: Effort;
  label: Text;
  campaign: Text;
}

const none: Text = { en: '', da: '' };
const schoolCampaign: Text = { en: 'Indoor climate in schools', da: 'Indeklima i skoler' };

const SCHOOL: SampleTouch[] = [
  { id: 'hs-referral', date: '2026-03-09', channel: 'referral', effort: 'other', label: { en: "A customer's referral: the facilities manager at Juelsminde School", da: 'Anbefaling fra en kunde: driftslederen på Juelsminde Skole' }, campaign: none },
  { id: 'hs-email', date: '2026-03-16', channel: 'emailSequence', effort: 'marketing', label: { en: 'Signed up for the four e-mails on indoor climate', da: 'Tilmeldt de fire mails om indeklima' }, campaign: schoolCampaign },
  { id: 'hs-retargeting', date: '2026-04-20', channel: 'retargetingAd', effort: 'marketing', label: { en: 'Retargeting ads on LinkedIn', da: 'Retargeting-annoncer på LinkedIn' }, campaign: schoolCampaign },
  { id: 'hs-blog', date: '2026-05-27', channel: 'blogArticle', effort: 'marketing', label: { en: 'How a school halved the power bill for its ventilation', da: 'Sådan halverede en skole elregningen til ventilation' }, campaign: none },
  { id: 'hs-meeting-1', date: '2026-08-24', channel: 'salesMeeting', effort: 'sales', label: { en: 'First meeting at the school', da: 'Første møde på skolen' }, campaign: none },
  { id: 'hs-meeting-2', date: '2026-09-14', channel: 'salesMeeting', effort: 'sales', label: { en: 'Technical review with the consulting engineer', da: 'Teknisk gennemgang med den rådgivende ingeniør' }, campaign: none },
  { id: 'hs-proposal', date: '2026-10-19', channel: 'proposal', effort: 'sales', label: { en: 'Proposal: NV system with heat recovery', da: 'Tilbud: NV-anlæg med varmegenvinding' }, campaign: none },
  { id: 'hs-order', date: '2026-11-23', channel: 'order', effort: 'sales', label: { en: 'Order signed', da: 'Ordren underskrevet' }, campaign: none },
];

const OFFICE: SampleTouch[] = [
  { id: 'of-search', date: '2026-10-05', channel: 'searchAd', effort: 'marketing', label: { en: 'Search ad: “commercial ventilation”', da: 'Søgeannonce: “ventilation til erhverv”' }, campaign: { en: 'Commercial ventilation, autumn', da: 'Erhvervsventilation, efterår' } },
  { id: 'of-calculator', date: '2026-10-05', channel: 'website', effort: 'marketing', label: { en: 'Used the energy calculator and asked to be called', da: 'Brugte energiberegneren og bad om at blive ringet op' }, campaign: { en: 'Energy calculator', da: 'Energiberegneren' } },
  { id: 'of-call', date: '2026-10-06', channel: 'phoneCall', effort: 'sales', label: { en: 'Called back the next morning', da: 'Ringet op næste morgen' }, campaign: none },
  { id: 'of-meeting', date: '2026-10-13', channel: 'salesMeeting', effort: 'partner', label: { en: 'Site visit with the installer partner', da: 'Besigtigelse med installatørpartneren' }, campaign: none },
  { id: 'of-proposal', date: '2026-10-21', channel: 'proposal', effort: 'sales', label: { en: 'Proposal', da: 'Tilbud' }, campaign: none },
  { id: 'of-order', date: '2026-11-02', channel: 'order', effort: 'sales', label: { en: 'Order', da: 'Ordre' }, campaign: none },
];

const journey = (id: string, name: string, dealValue: number, touches: SampleTouch[], lead: string, deal: string, lang: Language): Journey => ({
  id,
  name,
  dealValue,
  touches: touches.map((t) => ({ id: t.id, date: t.date, channel: t.channel, effort: t.effort, label: t.label[lang], campaign: t.campaign[lang] })),
  leadCreationTouchId: lead,
  dealCreationTouchId: deal,
});

const WHY: Text = {
  en: 'Last touch gave marketing DKK 0 of the school’s DKK 486,500, although marketing carried the school from March to August. First touch would give it all to a customer’s referral. W-shaped credits the three moments we can see in the CRM – the first touch, the lead and the deal – and leaves 10% for the work in between. We keep the time-decay view beside it for fast deals.',
  da: 'Sidste kontaktpunkt gav marketing 0 kr. af skolens 486.500 kr., selv om marketing bar skolen fra marts til august. Første kontaktpunkt ville give det hele til en kundes anbefaling. W-formet krediterer de tre øjeblikke, vi kan se i CRM’et – første kontaktpunkt, leadet og handlen – og giver 10 % til arbejdet ind imellem. Vi holder tidsforfaldet ved siden af til de hurtige handler.',
};
const MEASURED_ON: Text = {
  en: 'Marketing’s W-shaped share of new pipeline and of won revenue, and the share of its MQLs that sales accepts – not likes, clicks or downloads.',
  da: 'Marketings W-formede andel af ny pipeline og af vundet omsætning samt andelen af marketings MQL’er, som salg accepterer – ikke likes, klik eller downloads.',
};
const HOW: Text = {
  en: 'A CRM dashboard sent the day before the monthly pipeline lunch; Sofie walks the room through it, and the quarterly review looks at the trend.',
  da: 'Et dashboard i CRM’et sendes dagen før den månedlige pipelinefrokost; Sofie gennemgår det, og kvartalsmødet ser på udviklingen.',
};

/**
 * The sample slice in the sample's language.
 *
 * @example
 * sampleAttribution('da').journeys[0].name; // 'Hedensted Skole: nyt ventilationsanlæg'
 */
export function sampleAttribution(lang: Language): AttributionSlice {
  return {
    journeys: [
      journey('j-hedensted', lang === 'da' ? 'Hedensted Skole: nyt ventilationsanlæg' : 'Hedensted School: a new ventilation system', 486_500, SCHOOL, 'hs-email', 'hs-meeting-1', lang),
      journey('j-aarhus', lang === 'da' ? 'Kontorhus i Aarhus: hurtig handel' : 'Office building in Aarhus: a fast deal', 128_400, OFFICE, 'of-calculator', 'of-meeting', lang),
    ],
    halfLifeDays: DEFAULT_HALF_LIFE_DAYS,
    model: 'wShaped',
    agreement: {
      why: WHY[lang],
      metrics: ['attributedPipeline', 'attributedRevenue', 'acceptedMqls'],
      measuredOn: MEASURED_ON[lang],
      report: { measureId: 'attribution-marketing-contribution', how: HOW[lang], frequency: 'monthly' },
      ownerId: 'p-sofie',
      problemIds: ['theme-goals'],
    },
  };
}
