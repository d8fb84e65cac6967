'use client'
import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { REPORT_REFRESH_EVENT } from './deliveryReport'
import { askAudience, hasChoice, sendBulletin, type AdminRequest, type Answer, type BulletinChoice } from './sendBulletinRequests'
import { audienceSummary, confirmText, formatCount, type Audience } from './sendBulletinText'

export type ListChoice = { id: number; name: string; members: number }

type Props = { bulletin: number; issue: string; lists: ListChoice[]; subscribers: number }

const CONFIRM_MODAL = 'send-bulletin-confirm'
const NO_CHOICE: BulletinChoice = { lists: [], subscribers: false, resend: false }
const adminRequest: AdminRequest = (path, init) => fetch(path, { ...init, credentials: 'include', cache: 'no-store' })
const row = { display: 'flex', gap: '0.5rem', alignItems: 'center', margin: '0.25rem 0' }

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div style={row}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

/** Choose lists and/or subscribers, see how many people that reaches, confirm, send. */
export function SendBulletin({ bulletin, issue, lists, subscribers }: Props) {
  const [choice, setChoice] = useState<BulletinChoice>(NO_CHOICE)
  const [audience, setAudience] = useState<Answer<Audience>>()
  const [result, setResult] = useState<Answer<string>>()
  const { openModal } = useModal()

  useEffect(() => {
    setAudience(undefined)
    if (!hasChoice(choice)) return
    let current = true
    void askAudience(adminRequest, bulletin, choice).then((answer) => current && setAudience(answer))
    return () => {
      current = false
    }
  }, [bulletin, choice])

  const summary = audience?.ok ? audienceSummary(audience.value, choice.resend) : undefined
  const canSend = Boolean(audience?.ok && summary && !summary.blocked)
  // A new choice makes the last result old news.
  const choose = (change: (before: BulletinChoice) => Partial<BulletinChoice>) => {
    setResult(undefined)
    setChoice((before) => ({ ...before, ...change(before) }))
  }

  const send = async () => {
    const answer = await sendBulletin(adminRequest, bulletin, choice)
    setResult(answer)
    // Sent: start afresh (the report below shows the sending). Refused: ask again, someone else may have sent it meanwhile.
    setChoice(answer.ok ? NO_CHOICE : { ...choice })
    if (answer.ok) window.dispatchEvent(new Event(REPORT_REFRESH_EVENT))
  }

  return (
    <>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 0.5rem' }}>
        <legend style={{ fontWeight: 600 }}>Gửi tới</legend>
        {lists.length === 0 && (
          <p>
            Chưa có danh sách nhận thư nào (<a href="/admin/collections/mailing-lists/create">tạo danh sách</a>).
          </p>
        )}
        {lists.map((list) => (
          <Checkbox
            key={list.id}
            id={`send-bulletin-list-${list.id}`}
            label={`${list.name} (${formatCount(list.members)} người)`}
            checked={choice.lists.includes(list.id)}
            onChange={(checked) => choose((before) => ({ lists: checked ? [...before.lists, list.id] : before.lists.filter((id) => id !== list.id) }))}
          />
        ))}
        <Checkbox
          id="send-bulletin-subscribers"
          label={`Người đăng ký nhận bản tin (${formatCount(subscribers)} người)`}
          checked={choice.subscribers}
          onChange={(checked) => choose(() => ({ subscribers: checked }))}
        />
      </fieldset>
      <Checkbox id="send-bulletin-resend" label="Chỉ gửi lại cho người chưa nhận được" checked={choice.resend} onChange={(checked) => choose(() => ({ resend: checked }))} />
      <div role="status">
        {!hasChoice(choice) && <p>Hãy chọn ít nhất một danh sách hoặc những người đăng ký.</p>}
        {hasChoice(choice) && !audience && <p>Đang đếm người nhận…</p>}
        {summary?.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div role="alert">
        {audience && !audience.ok && <p>{audience.message}</p>}
        {summary?.blocked && <p>{summary.blocked}</p>}
      </div>
      <Button buttonStyle="primary" disabled={!canSend} onClick={() => openModal(CONFIRM_MODAL)}>
        Gửi bản tin
      </Button>
      <div role="status">{result?.ok && <p>{result.value}</p>}</div>
      <div role="alert">{result && !result.ok && <p>{result.message}</p>}</div>
      <ConfirmationModal
        modalSlug={CONFIRM_MODAL}
        heading="Gửi bản tin qua thư điện tử"
        body={audience?.ok ? confirmText(issue, audience.value.recipients) : ''}
        confirmLabel="Gửi"
        confirmingLabel="Đang gửi…"
        cancelLabel="Hủy"
        onConfirm={send}
      />
    </>
  )
}
