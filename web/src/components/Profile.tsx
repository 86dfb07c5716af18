/**
 * The selected node's facts, by kind, each with its provenance; linked nodes open in the profile.
 */
import { Fragment, type ReactNode } from 'react';
import { NodeProfileDocument, type NodeProfileQuery } from '../api/generated.ts';
import { kindLook, looksOf } from '../graph/kinds.ts';
import { formatCapital, formatPeriod, formatShare } from '../format.ts';
import { basisName, codeListName, codeName, creditName, notFoundText, roleName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import { CreditFileView } from './CreditFile.tsx';
import { NodeButton } from './NodeButton.tsx';
import { Source, type ProvenanceLike } from './Source.tsx';
import { Empty, ErrorMessage, Loading } from './Status.tsx';

type ProfileNode = NonNullable<NodeProfileQuery['node']>;
type Listing = Extract<ProfileNode, { __typename: 'Company' }>['listings']['nodes'][number];

interface Ref {
  id: string;
  kind: string;
  label: string;
}

export interface ProfileProps {
  id: string;
  lang: Lang;
  asOf: string | null;
  onOpen(id: string): void;
  onClose(): void;
  /** A credit list: open its member table. */
  onMembers(listId: string): void;
}

export function Profile({ id, lang, asOf, onOpen, onClose, onMembers }: ProfileProps) {
  const state = useQuery(NodeProfileDocument, { id, asOf });
  return (
    <section className="profile" aria-label={t(lang, 'profile')}>
      <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'close')}>
        ×
      </button>
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {state.status === 'done' && !state.data.node && <Empty lang={lang} text={notFoundText(lang, id)} />}
      {state.status === 'done' && state.data.node && <ProfileBody node={state.data.node} lang={lang} onOpen={onOpen} onMembers={onMembers} />}
      {state.status === 'done' && state.data.node?.__typename === 'Company' && <CreditFileView subject={id} lang={lang} asOf={asOf} />}
    </section>
  );
}

function ProfileBody({ node, lang, onOpen, onMembers }: { node: ProfileNode; lang: Lang; onOpen(id: string): void; onMembers(listId: string): void }) {
  const zh = lang === 'zh';
  const look = kindLook(node.kind);
  // A free text in the reader's language; Chinese mode falls back to the English, marked as such.
  const inLang = (en: string | null, textZh: string | null): ReactNode => (zh ? (textZh ?? englishOnly(en, lang)) : en);
  const link = (ref: Ref | null | undefined) => (ref ? <NodeButton node={ref} lang={lang} onOpen={onOpen} /> : '—');
  const links = (refs: readonly Ref[]) => (refs.length ? refs.map((ref) => <NodeButton key={ref.id} node={ref} lang={lang} onOpen={onOpen} />) : '—');
  const heading = (
    <header>
      <span className="kind-chip" style={{ background: look.colour, color: look.ink }}>
        {look[lang]}
      </span>
      <h2>{lang === 'en' ? (('labelEn' in node && node.labelEn) || ('nameEn' in node && node.nameEn) || node.label) : node.label}</h2>
      <Source provenance={node.provenance} lang={lang} />
    </header>
  );
  switch (node.__typename) {
    case 'Company':
      return (
        <>
          {heading}
          <StatusBadges activeListKinds={node.activeListKinds} synthetic={node.synthetic} lang={lang} />
          <Fields
            rows={[
              [zh ? '统一社会信用代码' : 'USCC', node.uscc],
              [zh ? '英文名' : 'English name', node.nameEn],
              [zh ? '曾用名' : 'Former names', node.formerNames.join('；')],
              [zh ? '类型' : 'Legal form', codeName(lang, node.legalForm)],
              [zh ? '状态' : 'Status', codeName(lang, node.companyStatus)],
              [zh ? '注册资本' : 'Registered capital', formatCapital(node.registeredCapital, lang)],
              [zh ? '成立日期' : 'Established', node.established],
              [zh ? '行政区划' : 'Division', zh ? node.divisionZh : node.divisionEn],
              [zh ? '行业' : 'Industry', zh ? node.industryZh : node.industryEn],
              [zh ? '住所' : 'Address', node.address],
              [zh ? '分支机构' : 'Branch', node.isBranch ? (zh ? '是' : 'yes') : null],
              [zh ? '总公司' : 'Head office', node.headOffice ? link(node.headOffice) : null],
              [zh ? '国有' : 'State-owned', node.stateOwned ? (zh ? '是' : 'yes') : null],
              [zh ? '法定代表人' : 'Legal representative', node.legalRepresentative ? <>{link(node.legalRepresentative.person)} <Source provenance={node.legalRepresentative.provenance} lang={lang} /></> : null],
            ]}
          />
          <Table
            lang={lang}
            title={zh ? '股东' : 'Shareholders'}
            rows={node.shareholders.nodes.map((s) => ({ cells: [link(s.shareholder), formatShare(s.fraction, s.fractionMin, s.fractionMax), period(s.from, s.until)], provenance: s.provenance }))}
          />
          <Table
            lang={lang}
            title={zh ? '对外投资' : 'Holdings'}
            rows={node.holdings.nodes.map((s) => ({ cells: [link(s.company), formatShare(s.fraction, s.fractionMin, s.fractionMax), period(s.from, s.until)], provenance: s.provenance }))}
          />
          <Table lang={lang} title={zh ? '主要人员' : 'Officers'} rows={node.officers.nodes.map((o) => ({ cells: [link(o.person), codeName(lang, o.role) ?? '', period(o.from, null)], provenance: o.provenance }))} />
          <Table lang={lang} title={zh ? '分支机构' : 'Branches'} rows={node.branches.nodes.map((b) => ({ cells: [link(b)] }))} />
          <Listings listings={node.listings.nodes} lang={lang} onOpen={onOpen} />
          <Table lang={lang} title={zh ? '信用评级' : 'Grades'} rows={node.grades.map((g) => ({ cells: [`${g.year}`, creditName(lang, g.grade), link(g.scheme)], provenance: g.provenance }))} />
        </>
      );
    case 'Person':
      return (
        <>
          {heading}
          <StatusBadges activeListKinds={node.activeListKinds} synthetic={node.synthetic} lang={lang} />
          <Fields rows={[[zh ? '拼音' : 'Pinyin', node.namePinyin], [zh ? '英文名' : 'Latin name', node.nameEn]]} />
          <Table
            lang={lang}
            title={zh ? '任职与持股' : 'Roles'}
            rows={node.roles.nodes.map((r) => ({ cells: [link(r.company), codeName(lang, r.role), r.fraction != null ? formatShare(r.fraction) : '', period(r.from, null)], provenance: r.provenance }))}
          />
          <Listings listings={node.listings.nodes} lang={lang} onOpen={onOpen} />
        </>
      );
    case 'Agency':
      return (
        <>
          {heading}
          <Fields
            rows={[
              [zh ? '简称' : 'Abbreviation', node.abbreviation],
              [zh ? '层级' : 'Level', codeName(lang, node.level)],
              [zh ? '职能' : 'Role', inLang(node.role, node.roleZh)],
              [zh ? '地区' : 'Region', inLang(node.region, node.regionZh)],
              [zh ? '上级' : 'Parent', node.parent ? link(node.parent) : null],
              [zh ? '下级' : 'Children', node.children.length ? links(node.children) : null],
              [zh ? '维护名单' : 'Lists maintained', links(node.listsMaintained)],
              [zh ? '联署文件' : 'Documents signed', links(node.documentsSigned)],
              [zh ? '实施措施' : 'Measures implemented', links(node.measuresImplemented)],
              [zh ? '备注' : 'Notes', inLang(node.notes, node.notesZh)],
            ]}
          />
        </>
      );
    case 'CreditList':
      return (
        <>
          {heading}
          <button type="button" className="open-members" onClick={() => onMembers(node.id)}>
            {t(lang, 'openMembers')}
          </button>
          <Fields
            rows={[
              [zh ? '类别' : 'Kind', codeName(lang, node.listKind)],
              [zh ? '适用主体' : 'Subjects', codeListName(lang, node.subjectTypes)],
              [zh ? '列入标准' : 'Entry criteria', inLang(node.entryCriteria, node.entryCriteriaZh)],
              [zh ? '期限与移出' : 'Duration and removal', inLang(node.termAndRemoval, node.termAndRemovalZh)],
              [zh ? '波及人员' : 'Affected persons', codeListName(lang, node.affectedPersons)],
              [zh ? '维护机关' : 'Maintained by', links(node.maintainedBy)],
              [zh ? '设立文件' : 'Established by', links(node.establishedBy)],
              [t(lang, 'legalBasis'), links(node.legalBasis)],
              [zh ? '触发的文件' : 'Triggers documents', links(node.triggeredDocuments)],
              [zh ? '触发的措施' : 'Triggers measures', links(node.triggeredMeasures)],
              [zh ? '备注' : 'Notes', inLang(node.notes, node.notesZh)],
            ]}
          />
        </>
      );
    case 'PolicyDocument':
      return (
        <>
          {heading}
          <Fields
            rows={[
              [zh ? '文号' : 'Document number', node.docNumber],
              [zh ? '日期' : 'Date', inLang(node.dateText, node.dateTextZh) ?? node.issued],
              [zh ? '施行' : 'In force', `${node.inForce ? (zh ? '现行有效' : 'yes') : zh ? '否' : 'no'}${node.effective ? ` (${zh ? '自' : 'from'} ${node.effective})` : ''}${node.repealed ? ` (${zh ? '废止于' : 'repealed'} ${node.repealed})` : ''}`],
              [zh ? '文号说明' : 'Number note', inLang(node.docNumberNote, node.docNumberNoteZh)],
              [zh ? '类型' : 'Type', basisName(lang, node.documentType)],
              [zh ? '摘要' : 'Summary', inLang(node.summary, node.summaryZh)],
              [zh ? '发文机关' : 'Issuers', links(node.issuers)],
              [zh ? `联署机关（${node.signatoryCount ?? node.signatories.length}）` : `Signatories (${node.signatoryCount ?? node.signatories.length})`, links(node.signatories)],
              [zh ? '触发名单' : 'Triggered by lists', links(node.triggeredBy)],
              [t(lang, 'measures'), links(node.measures)],
              [zh ? '取代' : 'Supersedes', node.supersedes.length ? links(node.supersedes) : null],
              [zh ? '被取代' : 'Superseded by', node.supersededBy.length ? links(node.supersededBy) : null],
              [zh ? '备注' : 'Notes', inLang(node.notes, node.notesZh)],
            ]}
          />
        </>
      );
    case 'Measure':
      return (
        <>
          {heading}
          <Fields
            rows={[
              [zh ? '性质' : 'Polarity', codeName(lang, node.polarity)],
              [t(lang, 'bearers'), node.bearerRoles.map((role) => roleName(lang, role)).join(zh ? '、' : ', ')],
              [t(lang, 'legalBasis'), basisName(lang, node.legalBasisLevel)],
              [zh ? '类别' : 'Category', codeName(lang, node.category)],
              [zh ? '说明' : 'Description', inLang(node.description, node.descriptionZh)],
              [t(lang, 'implementedBy'), links(node.implementingAgencies)],
              [zh ? '规定于' : 'Defined in', links(node.definedIn)],
              [zh ? '触发名单' : 'Triggered by', links(node.triggeredBy)],
              [zh ? '备注' : 'Notes', inLang(node.notes, node.notesZh)],
            ]}
          />
        </>
      );
    case 'Listing':
      return (
        <>
          {heading}
          <Fields rows={[[zh ? '主体' : 'Subject', node.subject ? link(node.subject) : null]]} />
          <Listings listings={[node]} lang={lang} onOpen={onOpen} />
        </>
      );
    case 'Grade':
      return (
        <>
          {heading}
          <Fields rows={[[zh ? '等级' : 'Grade', node.grade], [zh ? '年度' : 'Year', String(node.year)], [zh ? '企业' : 'Company', link(node.company)], [zh ? '体系' : 'Scheme', link(node.scheme)]]} />
        </>
      );
    default:
      return (
        <>
          {heading}
          <Fields
            rows={[
              [zh ? '职能' : 'Role', 'role' in node ? inLang(node.role, node.roleZh) : null],
              [zh ? '说明' : 'Notes', 'notes' in node ? inLang(node.notes, node.notesZh) : null],
            ]}
          />
        </>
      );
  }
}

/** An English text shown in the Chinese view because it has no Chinese yet: marked, and tagged as English. */
function englishOnly(text: string | null, lang: Lang): ReactNode {
  if (!text) return null;
  // Dates and numbers ("2016-05-30") read the same in both languages.
  if (!/[A-Za-z]/.test(text)) return text;
  return (
    <span lang="en" className="fallback">
      {text}
      <span className="fallback-note">{t(lang, 'textEnglishOnly')}</span>
    </span>
  );
}

function StatusBadges({ activeListKinds, synthetic, lang }: { activeListKinds: readonly string[]; synthetic: boolean; lang: Lang }) {
  return (
    <p className="badges">
      {looksOf(activeListKinds).map((look) => (
        <span key={look.className} className={`badge ${look.className}`}>
          {look.glyph} {look.badge[lang]}
        </span>
      ))}
      {synthetic && <span className="badge synthetic">{t(lang, 'synthetic')}</span>}
    </p>
  );
}

function Fields({ rows }: { rows: Array<[string, ReactNode]> }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="fields">
      {shown.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A row of a profile table; its source goes on a line of its own below it, so the names keep the width. */
interface TableRow {
  cells: ReactNode[];
  provenance?: ProvenanceLike;
}

/** A period kept on one line ("2019-03-02 –" broken after the date reads as two facts). */
const period = (from: string | null | undefined, until: string | null | undefined) => <span className="nowrap">{formatPeriod(from, until)}</span>;

function Table({ title, rows, lang }: { title: string; rows: TableRow[]; lang: Lang }) {
  if (!rows.length) return null;
  return (
    <details className="profile-table" open={rows.length <= 12}>
      <summary>
        {title} ({rows.length})
      </summary>
      <table>
        <tbody>
          {rows.map(({ cells, provenance }, index) => (
            <Fragment key={index}>
              <tr className={provenance ? 'has-source' : undefined}>
                {cells.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
              {provenance && (
                <tr className="row-source">
                  <td colSpan={cells.length}>
                    <Source provenance={provenance} lang={lang} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Listings({ listings, lang, onOpen }: { listings: readonly Listing[]; lang: Lang; onOpen(id: string): void }) {
  const zh = lang === 'zh';
  if (!listings.length) return null;
  return (
    <section className="listings">
      <h3>{t(lang, 'listings')}</h3>
      <ul>
        {listings.map((listing) => (
          <li key={listing.id} className={listing.active ? 'active' : 'inactive'}>
            <span className={`listing-status ${listing.status}`}>{listing.active ? codeName(lang, 'active') : codeName(lang, listing.status)}</span>{' '}
            {listing.list && <NodeButton node={listing.list} lang={lang} onOpen={onOpen} />} {formatPeriod(listing.from, listing.until)}
            {listing.endedOn && ` (${zh ? '结束于' : 'ended'} ${listing.endedOn})`}
            <div className="listing-detail">
              {listing.decidedBy && (
                <>
                  {zh ? '决定机关：' : 'Decided by: '}
                  <NodeButton node={listing.decidedBy} lang={lang} onOpen={onOpen} />{' '}
                </>
              )}
              {listing.caseNumber && <span>{listing.caseNumber} </span>}
              {listing.reason && <span>{listing.reason} </span>}
              <Source provenance={listing.provenance as ProvenanceLike} lang={lang} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
