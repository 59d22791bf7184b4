import type { Language } from '../../contract/workspace';
import type { Wall as CurrentStateSlice, WallCard } from '../../domain/wall-schema';

/**
 * The sample workshop's wall: what Nordvind's sellers and marketers said about each other and what
 * already works, 30 cards in the three default columns, grouped into four themes and voted on by
 * the eight participants (3 dots each: 21 of 24 placed), with three themes marked as problems.
 */
type Column = 'sales-on-marketing' | 'marketing-on-sales' | 'what-works';

const CARDS: { id: string; column: Column; da: string; en: string; theme: string | null; votes: number }[] = [
  // Sales on marketing.
  { id: 's1', column: 'sales-on-marketing', theme: 'material', votes: 1, da: 'Marketing forstår ikke vores tekniske produkter', en: 'Marketing does not understand our technical products' },
  { id: 's2', column: 'sales-on-marketing', theme: 'lead-quality', votes: 2, da: 'Leadsene er for dårlige – halvdelen er studerende og konkurrenter', en: 'The leads are poor – half of them are students and competitors' },
  { id: 's3', column: 'sales-on-marketing', theme: 'lead-quality', votes: 0, da: 'Vi får for få leads fra hjemmesiden', en: 'We get too few leads from the website' },
  { id: 's4', column: 'sales-on-marketing', theme: 'material', votes: 0, da: 'Brochurerne er forældede – de viser stadig den gamle NV-serie', en: 'The brochures are outdated – they still show the old NV series' },
  { id: 's5', column: 'sales-on-marketing', theme: null, votes: 0, da: 'Kampagnerne rammer boligejere, men vi sælger til entreprenører og rådgivere', en: 'The campaigns reach homeowners, but we sell to contractors and consulting engineers' },
  { id: 's6', column: 'sales-on-marketing', theme: 'goals', votes: 2, da: 'Marketing måles på likes og klik, ikke på ordrer', en: 'Marketing is measured on likes and clicks, not on orders' },
  { id: 's7', column: 'sales-on-marketing', theme: null, votes: 0, da: 'Vi hører først om kampagnerne, når kunderne ringer', en: 'We only hear about the campaigns when customers call' },
  { id: 's8', column: 'sales-on-marketing', theme: 'lead-quality', votes: 1, da: 'Et lead er bare et navn og en mail – ingen anelse om projektet', en: 'A lead is just a name and an email – no idea what the project is' },
  { id: 's9', column: 'sales-on-marketing', theme: 'material', votes: 0, da: 'Marketing har aldrig været med ude hos en kunde', en: 'Marketing has never been out to see a customer' },
  { id: 's10', column: 'sales-on-marketing', theme: 'material', votes: 0, da: 'Der mangler referencecases fra svømmehaller og skoler', en: 'We have no reference cases from swimming pools and schools' },
  { id: 's11', column: 'sales-on-marketing', theme: 'lead-quality', votes: 0, da: 'Webinarerne giver mange tilmeldte, men ingen købere', en: 'The webinars get many sign-ups but no buyers' },
  // Marketing on sales.
  { id: 'm1', column: 'marketing-on-sales', theme: 'follow-up', votes: 3, da: 'Leads fra messen bliver aldrig fulgt op', en: 'Leads from the trade fair are never followed up' },
  { id: 'm2', column: 'marketing-on-sales', theme: 'follow-up', votes: 1, da: 'Salg vil kun ringe til eksisterende kunder', en: 'Sales only want to call existing customers' },
  { id: 'm3', column: 'marketing-on-sales', theme: 'follow-up', votes: 2, da: 'Vi ved ikke, hvad der sker med et lead, når det er givet videre', en: 'We do not know what happens to a lead once it is handed over' },
  { id: 'm4', column: 'marketing-on-sales', theme: 'goals', votes: 1, da: 'CRM’et bliver ikke opdateret, så vi kan ikke måle noget', en: 'The CRM is not kept up to date, so we cannot measure anything' },
  { id: 'm5', column: 'marketing-on-sales', theme: null, votes: 0, da: 'Sælgerne tror, vi sidder og leger på sociale medier hele dagen', en: 'The sellers think we play on social media all day' },
  { id: 'm6', column: 'marketing-on-sales', theme: 'follow-up', votes: 0, da: 'Vi får aldrig at vide, hvorfor et lead blev afvist', en: 'We are never told why a lead was rejected' },
  { id: 'm7', column: 'marketing-on-sales', theme: 'material', votes: 0, da: 'Sælgerne laver deres egne præsentationer i stedet for at bruge vores', en: 'The sellers make their own slides instead of using ours' },
  { id: 'm8', column: 'marketing-on-sales', theme: 'follow-up', votes: 1, da: 'Det tager over en uge, før et webinar-lead bliver ringet op', en: 'It takes more than a week before a webinar lead gets a call' },
  { id: 'm9', column: 'marketing-on-sales', theme: null, votes: 0, da: 'Salg er ikke med, når vi planlægger kampagnerne', en: 'Sales are not there when we plan the campaigns' },
  { id: 'm10', column: 'marketing-on-sales', theme: null, votes: 0, da: 'Ingen fra salg kommer til vores månedlige statusmøde', en: 'Nobody from sales comes to our monthly status meeting' },
  { id: 'm11', column: 'marketing-on-sales', theme: null, votes: 0, da: 'Gode kundehistorier bliver aldrig delt med os', en: 'Good customer stories are never shared with us' },
  // What already works.
  { id: 'w1', column: 'what-works', theme: null, votes: 0, da: 'Servicemontørerne giver gode tip om kunder, der skal udskifte anlæg', en: 'The service technicians give good tips about customers who need to replace their systems' },
  { id: 'w2', column: 'what-works', theme: null, votes: 0, da: 'Nyhedsbrevet til rådgivende ingeniører bliver åbnet af mange', en: 'Many consulting engineers open our newsletter' },
  { id: 'w3', column: 'what-works', theme: null, votes: 0, da: 'Den fælles stand på HVAC-messen i Herning gik godt', en: 'The shared stand at the HVAC fair in Herning went well' },
  { id: 'w4', column: 'what-works', theme: null, votes: 0, da: 'Produktdatabladene er tekniske og korrekte', en: 'The product data sheets are technical and correct' },
  { id: 'w5', column: 'what-works', theme: null, votes: 0, da: 'Når salg og marketing har holdt møde sammen, går det bedre', en: 'When sales and marketing have met, things go better' },
  { id: 'w6', column: 'what-works', theme: null, votes: 1, da: 'Energiberegneren på hjemmesiden giver kvalificerede henvendelser', en: 'The energy calculator on the website brings qualified enquiries' },
  { id: 'w7', column: 'what-works', theme: null, votes: 0, da: 'Key account-kunderne er meget loyale', en: 'Our key account customers are very loyal' },
  { id: 'w8', column: 'what-works', theme: null, votes: 0, da: 'Søgeannoncer på “ventilation til erhverv” giver leads på få uger', en: 'Search ads on “commercial ventilation” bring leads within weeks' },
];

const THEMES = [
  { id: 'follow-up', da: 'Opfølgning på leads', en: 'Following up leads', votes: 3, problem: true, answeredBy: [] as string[] },
  { id: 'lead-quality', da: 'Leadkvalitet og en fælles definition', en: 'Lead quality and a shared definition', votes: 2, problem: true, answeredBy: [] },
  { id: 'goals', da: 'Fælles mål og målinger', en: 'Shared goals and measurement', votes: 1, problem: true, answeredBy: ['sharedGoal'] },
  { id: 'material', da: 'Salgsmateriale og produktviden', en: 'Sales material and product knowledge', votes: 0, problem: false, answeredBy: [] },
];

export function sampleCurrentState(lang: Language): CurrentStateSlice {
  return {
    columns: [
      { id: 'sales-on-marketing', title: lang === 'da' ? 'Det siger salg om marketing' : 'What sales says about marketing' },
      { id: 'marketing-on-sales', title: lang === 'da' ? 'Det siger marketing om salg' : 'What marketing says about sales' },
      { id: 'what-works', title: lang === 'da' ? 'Det virker allerede' : 'What already works' },
    ],
    cards: CARDS.map(
      (card): WallCard => ({
        id: `card-${card.id}`,
        columnId: card.column,
        text: card[lang],
        themeId: card.theme === null ? null : `theme-${card.theme}`,
        votes: card.votes,
      }),
    ),
    themes: THEMES.map((theme) => ({ id: `theme-${theme.id}`, name: theme[lang], votes: theme.votes, problem: theme.problem, answeredBy: theme.answeredBy })),
    dotsPerParticipant: 3,
  };
}
