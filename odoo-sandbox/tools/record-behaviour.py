#!/usr/bin/env python3
"""Records business flows against a real Odoo 18 into the transcript format the sandbox is held to.

Each scenario runs on a fresh database (``run-odoo reset``) and is written to
``src/test/resources/dev/ledgerline/odoo/sandbox/recorded/<name>.json``; ``RecordedBehaviourTest``
replays every file against a fresh sandbox whose clock starts at the recording's time (``recorded_at``), so
that dates Odoo derives from today (validity dates, accounting dates, entry numbers) compare too.

    ODOO_HOME=/tmp/odoo-x ODOO_PORT=8169 ODOO_PG_PORT=55532 python3 tools/record-behaviour.py [scenario ...]
"""
import datetime
import json
import os
import subprocess
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'test', 'resources', 'dev', 'ledgerline', 'odoo', 'sandbox', 'recorded')
RUN_ODOO = os.path.join(HERE, '..', '..', '..', 'shared', 'odoo', 'run-odoo')
PORT = os.environ.get('ODOO_PORT', '8069')
URL = 'http://127.0.0.1:' + PORT
DB = os.environ.get('ODOO_DB', 'ledgerline')


class Recorder:
    def __init__(self, name, about):
        self.name, self.about, self.steps, self.next_id = name, about, [], 0
        self.recorded_at = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')

    def call(self, note, model, method, args, kwargs=None, expect_error=False):
        self.next_id += 1
        request = {'jsonrpc': '2.0', 'method': 'call',
                   'params': {'service': 'object', 'method': 'execute_kw',
                              'args': [DB, 2, 'admin', model, method, args] + ([kwargs] if kwargs else [])},
                   'id': self.next_id}
        http = urllib.request.urlopen(urllib.request.Request(
            URL + '/jsonrpc', json.dumps(request).encode(), {'Content-Type': 'application/json'}))
        response = json.loads(http.read())
        if 'error' in response:
            response['error']['data']['debug'] = '<traceback elided>'
            if not expect_error:
                raise RuntimeError(f"{note}: {response['error']['data']['message']}")
        elif expect_error:
            raise RuntimeError(f'{note}: expected an error, got {response}')
        self.steps.append({'note': note, 'http': {'path': '/jsonrpc', 'status': http.status},
                           'request': request, 'response': response})
        return response.get('result')

    def write(self):
        version = json.loads(urllib.request.urlopen(urllib.request.Request(
            URL + '/jsonrpc', json.dumps({'jsonrpc': '2.0', 'method': 'call', 'id': 0, 'params': {
                'service': 'common', 'method': 'version', 'args': []}}).encode(),
            {'Content-Type': 'application/json'})).read())['result']
        path = os.path.join(OUT, self.name + '.json')
        with open(path, 'w') as f:
            json.dump({'name': self.name, 'about': self.about, 'server': version, 'recorded_at': self.recorded_at,
                       'steps': self.steps}, f, indent=1)
            f.write('\n')
        print('wrote', os.path.normpath(path), len(self.steps), 'steps')


SCENARIOS = {}


def scenario(about):
    def register(fn):
        SCENARIOS[fn.__name__] = (about, fn)
        return fn
    return register


ORDER_FIELDS = ['name', 'state', 'project_ids', 'project_id', 'order_line', 'invoice_status', 'amount_untaxed',
                'amount_tax', 'amount_total', 'amount_undiscounted', 'amount_to_invoice', 'tasks_ids', 'tasks_count',
                'project_count', 'project_account_id', 'partner_invoice_id', 'partner_shipping_id', 'currency_id',
                'company_id', 'user_id', 'team_id', 'client_order_ref', 'visible_project', 'type_name',
                'show_project_button', 'show_task_button', 'show_create_project_button', 'require_signature',
                'validity_date',
                'require_payment', 'prepayment_percent', 'locked']
LINE_FIELDS = ['name', 'product_id', 'product_uom_qty', 'qty_delivered', 'qty_invoiced', 'qty_to_invoice',
               'price_unit', 'discount', 'price_subtotal', 'price_tax', 'price_total', 'price_reduce_taxexcl',
               'price_reduce_taxinc', 'tax_id', 'project_id', 'task_id', 'invoice_status', 'state', 'is_service',
               'analytic_distribution', 'product_uom', 'qty_delivered_method', 'untaxed_amount_to_invoice',
               'amount_to_invoice', 'display_name', 'order_partner_id', 'salesman_id', 'product_updatable']
PROJECT_FIELDS = ['name', 'partner_id', 'sale_line_id', 'sale_order_id', 'allow_billable', 'allow_timesheets',
                  'account_id', 'type_ids', 'company_id', 'user_id', 'reinvoiced_sale_order_id', 'task_ids',
                  'pricing_type', 'allocated_hours', 'task_count', 'sale_order_state']
TASK_FIELDS = ['name', 'project_id', 'sale_line_id', 'sale_order_id', 'partner_id', 'allocated_hours',
               'remaining_hours', 'user_ids', 'company_id', 'stage_id', 'description', 'state', 'allow_billable']


@scenario('sales orders whose services create projects and tasks on confirmation (sale_project, sale_timesheet)')
def sale_order_services(r):
    client = r.call('customer with a reference', 'res.partner', 'create',
                    [{'name': 'Acme SO Client', 'is_company': True, 'ref': 'ACME'}])

    def service(name, tracking, policy='delivery', service_type='timesheet', code=None):
        values = {'name': name, 'type': 'service', 'list_price': 140.0, 'invoice_policy': policy,
                  'service_type': service_type, 'service_tracking': tracking}
        if code:
            values['default_code'] = code
        return r.call('service ' + name, 'product.product', 'create', [values])

    project_only = service('Implementation T&M', 'project_only')
    task_in_project = service('Onboarding', 'task_in_project', code='ONB')
    plain = service('Support', 'no')
    fixed = service('Fixed Fee', 'no', policy='order', service_type='manual')
    global_task = service('Global Task', 'task_global_project', policy='order', service_type='manual')

    def show(tag, order):
        o = r.call(tag + ': order', 'sale.order', 'read', [[order]], {'fields': ORDER_FIELDS})[0]
        r.call(tag + ': lines', 'sale.order.line', 'read', [o['order_line']], {'fields': LINE_FIELDS})
        if o['project_ids']:
            projects = r.call(tag + ': projects', 'project.project', 'read', [o['project_ids']],
                              {'fields': PROJECT_FIELDS})
            accounts = [p['account_id'][0] for p in projects if p['account_id']]
            r.call(tag + ': analytic accounts', 'account.analytic.account', 'read', [accounts],
                   {'fields': ['name', 'code', 'company_id', 'plan_id', 'root_plan_id', 'partner_id', 'active',
                               'display_name']})
            stages = sorted({t for p in projects for t in p['type_ids']})
            if stages:
                r.call(tag + ': stages', 'project.task.type', 'read', [stages],
                       {'fields': ['name', 'fold', 'sequence', 'project_ids', 'user_id']})
        if o['tasks_ids']:
            r.call(tag + ': tasks', 'project.task', 'read', [o['tasks_ids']], {'fields': TASK_FIELDS})
        return o

    order = r.call('quotation with a project-only service', 'sale.order', 'create', [{
        'partner_id': client, 'client_order_ref': 'CRM-OPP-77',
        'order_line': [[0, 0, {'product_id': project_only, 'product_uom_qty': 100}]]}])
    show('quotation', order)
    r.call('confirm: the project is generated', 'sale.order', 'action_confirm', [[order]])
    show('confirmed', order)
    r.call('confirming again is refused', 'sale.order', 'action_confirm', [[order]], expect_error=True)

    mixed = r.call('quotation with a task, a project-only service and a discounted plain service', 'sale.order',
                   'create', [{'partner_id': client, 'order_line': [
                       [0, 0, {'product_id': task_in_project, 'product_uom_qty': 12.5}],
                       [0, 0, {'product_id': project_only, 'product_uom_qty': 3}],
                       [0, 0, {'product_id': plain, 'product_uom_qty': 2, 'price_unit': 99.99, 'discount': 10}]]}])
    show('mixed quotation', mixed)
    r.call('confirm mixed', 'sale.order', 'action_confirm', [[mixed]])
    o = show('mixed confirmed', mixed)
    r.call('a changed quantity changes the task\'s hours', 'sale.order.line', 'write',
           [[o['order_line'][0]], {'product_uom_qty': 20}])
    show('mixed after the change', mixed)

    ordered = r.call('fixed fee invoiced on order', 'sale.order', 'create', [{
        'partner_id': client, 'order_line': [[0, 0, {'product_id': fixed, 'product_uom_qty': 3}]]}])
    r.call('confirm fixed fee', 'sale.order', 'action_confirm', [[ordered]])
    show('fixed fee', ordered)

    global_order = r.call('task in a global project', 'sale.order', 'create', [{
        'partner_id': client, 'order_line': [[0, 0, {'product_id': global_task, 'product_uom_qty': 2}]]}])
    r.call('no project for the global task', 'sale.order', 'action_confirm', [[global_order]], expect_error=True)
    support = r.call('the global project', 'project.project', 'create', [{'name': 'Global Support'}])
    r.call('product points to it', 'product.product', 'write', [[global_task], {'project_id': support}])
    r.call('confirm global', 'sale.order', 'action_confirm', [[global_order]])
    show('global', global_order)

    empty = r.call('order without lines', 'sale.order', 'create', [{'partner_id': client}])
    r.call('confirm empty', 'sale.order', 'action_confirm', [[empty]])
    show('empty', empty)

    cancelled = r.call('quotation to cancel', 'sale.order', 'create', [{
        'partner_id': client, 'order_line': [[0, 0, {'product_id': project_only, 'product_uom_qty': 1}]]}])
    r.call('cancel a quotation', 'sale.order', 'action_cancel', [[cancelled]])
    r.call('back to quotation', 'sale.order', 'action_draft', [[cancelled]])
    r.call('confirm it', 'sale.order', 'action_confirm', [[cancelled]])
    r.call('cancel a sales order: the wizard', 'sale.order', 'action_cancel', [[cancelled]])
    r.call('cancel a sales order without the wizard', 'sale.order', 'action_cancel', [[cancelled]],
           {'context': {'disable_cancel_warning': True}})
    show('cancelled', cancelled)
    r.call('delete a cancelled order', 'sale.order', 'unlink', [[cancelled]])
    locked = r.call('order to lock', 'sale.order', 'create', [{'partner_id': client}])
    r.call('confirm to lock', 'sale.order', 'action_confirm', [[locked]])
    r.call('lock', 'sale.order', 'action_lock', [[locked]])
    r.call('a locked order is not cancelled', 'sale.order', 'action_cancel', [[locked]], expect_error=True)
    r.call('a confirmed order is not deleted', 'sale.order', 'unlink', [[locked]], expect_error=True)


EXPENSE_FIELDS = ['name', 'employee_id', 'product_id', 'product_uom_id', 'quantity', 'price_unit',
                  'total_amount_currency', 'total_amount', 'untaxed_amount_currency', 'tax_amount_currency',
                  'tax_amount', 'tax_ids', 'currency_id', 'company_currency_id', 'currency_rate', 'account_id',
                  'analytic_distribution', 'payment_mode', 'state', 'sheet_id', 'is_editable', 'company_id', 'date',
                  'accounting_date', 'approved_by', 'product_has_cost', 'product_has_tax', 'is_multiple_currency',
                  'label_currency_rate', 'display_name']
SHEET_FIELDS = ['name', 'state', 'approval_state', 'employee_id', 'expense_line_ids', 'journal_id',
                'employee_journal_id', 'payment_mode', 'total_amount', 'untaxed_amount', 'total_tax_amount',
                'amount_residual', 'payment_state', 'user_id', 'account_move_ids', 'accounting_date', 'can_approve',
                'currency_id', 'company_id', 'department_id', 'nb_expense', 'nb_account_move',
                'payment_method_line_id', 'is_editable', 'display_name', 'product_ids']
MOVE_FIELDS = ['name', 'move_type', 'state', 'partner_id', 'journal_id', 'ref', 'date', 'invoice_date',
               'amount_untaxed', 'amount_tax', 'amount_total', 'amount_residual', 'payment_state', 'line_ids',
               'invoice_line_ids', 'currency_id', 'expense_sheet_id', 'commercial_partner_id']
MOVE_LINE_FIELDS = ['name', 'account_id', 'debit', 'credit', 'balance', 'amount_currency', 'tax_ids', 'tax_line_id',
                    'analytic_distribution', 'display_type', 'expense_id', 'partner_id', 'product_id', 'quantity',
                    'price_unit', 'price_subtotal', 'price_total']


@scenario('employee expenses reported, approved into the employee\'s vendor bill, posted and paid (hr_expense)')
def expense_reports(r):
    today = datetime.date.today()
    day = lambda n: (today.replace(day=1) + datetime.timedelta(days=n)).isoformat()
    ana = r.call('employee with a work email', 'hr.employee', 'create',
                 [{'name': 'Ana Analyst', 'work_email': 'ana@example.com'}])
    bo = r.call('employee without a work email', 'hr.employee', 'create', [{'name': 'Bo Nomail'}])
    project = r.call('project to charge', 'project.project', 'create', [{'name': 'Client X'}])
    account = r.call('its analytic account', 'project.project', 'read', [[project]],
                     {'fields': ['account_id']})[0]['account_id'][0]
    taxed = r.call('expense category with purchase taxes', 'product.product', 'create',
                   [{'name': 'Taxed Expense', 'can_be_expensed': True, 'type': 'service'}])
    taxi = r.call('taxi charged to the project', 'hr.expense', 'create', [{
        'name': 'Taxi to client', 'employee_id': ana, 'product_id': 2, 'total_amount_currency': 42.5,
        'analytic_distribution': {str(account): 100}, 'payment_mode': 'own_account', 'date': day(0)}])
    hotel = r.call('hotel in the company currency', 'hr.expense', 'create', [{
        'name': 'Hotel', 'employee_id': ana, 'product_id': 6, 'total_amount_currency': 300, 'currency_id': 1,
        'date': day(1)}])
    lunch = r.call('lunch with its tax included', 'hr.expense', 'create', [{
        'name': 'Lunch', 'employee_id': ana, 'product_id': taxed, 'total_amount_currency': 115.0,
        'date': day(1)}])
    mileage = r.call('mileage: a category with a cost', 'hr.expense', 'create', [{
        'name': 'Mileage', 'employee_id': ana, 'product_id': 3, 'quantity': 120, 'date': day(1)}])
    euro = r.call('train in euros', 'hr.expense', 'create', [{
        'name': 'Berlin train', 'employee_id': ana, 'product_id': 2, 'total_amount_currency': 100.0,
        'currency_id': 125, 'date': day(2)}])
    own = r.call('the administrator\'s own expense, without category', 'hr.expense', 'create',
                 [{'name': 'No category', 'total_amount_currency': 10.0}])
    zero = r.call('expense without amount', 'hr.expense', 'create',
                  [{'name': 'Zero', 'employee_id': ana, 'product_id': 2, 'total_amount_currency': 0.0}])
    r.call('expenses read back', 'hr.expense', 'read', [[taxi, hotel, lunch, mileage, euro, own]],
           {'fields': EXPENSE_FIELDS})
    r.call('a report needs a category', 'hr.expense', 'action_submit_expenses', [[own]], expect_error=True)
    r.call('a report needs an amount', 'hr.expense', 'action_submit_expenses', [[zero]], expect_error=True)
    r.call('one employee per report', 'hr.expense', 'action_submit_expenses', [[taxi, own]], expect_error=True)

    action = r.call('report taxi, hotel and lunch', 'hr.expense', 'action_submit_expenses',
                    [[taxi, hotel, lunch]])
    sheet = action['res_id']
    r.call('the report', 'hr.expense.sheet', 'read', [[sheet]], {'fields': SHEET_FIELDS})
    r.call('reported expenses', 'hr.expense', 'read', [[taxi, hotel, lunch]],
           {'fields': ['state', 'sheet_id', 'is_editable']})
    r.call('an expense is reported once', 'hr.expense', 'action_submit_expenses', [[taxi]], expect_error=True)
    r.call('approving before submitting is refused', 'hr.expense.sheet', 'action_approve_expense_sheets',
           [[sheet]], expect_error=True)
    r.call('submit', 'hr.expense.sheet', 'action_submit_sheet', [[sheet]])
    r.call('submitted', 'hr.expense.sheet', 'read', [[sheet]], {'fields': SHEET_FIELDS})
    r.call('submitted expenses', 'hr.expense', 'read', [[taxi, hotel, lunch]], {'fields': ['state']})
    r.call('approve: the bill is drafted', 'hr.expense.sheet', 'action_approve_expense_sheets', [[sheet]])
    approved = r.call('approved', 'hr.expense.sheet', 'read', [[sheet]], {'fields': SHEET_FIELDS})[0]
    r.call('approved expenses', 'hr.expense', 'read', [[taxi, hotel, lunch]],
           {'fields': ['state', 'approved_by', 'accounting_date', 'is_editable']})
    bill = r.call('the draft bill', 'account.move', 'read', [approved['account_move_ids']],
                  {'fields': MOVE_FIELDS})[0]
    r.call('its lines', 'account.move.line', 'read', [bill['line_ids']], {'fields': MOVE_LINE_FIELDS})
    r.call('approving again changes nothing', 'hr.expense.sheet', 'action_approve_expense_sheets', [[sheet]])
    r.call('Odoo 18 has no action_sheet_move_create', 'hr.expense.sheet', 'action_sheet_move_create', [[sheet]],
           expect_error=True)
    r.call('post', 'hr.expense.sheet', 'action_sheet_move_post', [[sheet]])
    r.call('posted', 'hr.expense.sheet', 'read', [[sheet]], {'fields': SHEET_FIELDS})
    r.call('the posted bill', 'account.move', 'read', [approved['account_move_ids']], {'fields': MOVE_FIELDS})
    r.call('its lines once posted', 'account.move.line', 'read', [bill['line_ids']],
           {'fields': MOVE_LINE_FIELDS})
    r.call('the project\'s cost', 'account.analytic.line', 'search_read', [[['account_id', '=', account]]],
           {'fields': ['name', 'amount', 'unit_amount', 'product_id', 'general_account_id', 'partner_id',
                       'category', 'ref', 'date']})
    r.call('posted expenses', 'hr.expense', 'read', [[taxi, hotel, lunch]], {'fields': ['state', 'is_editable']})
    r.call('an approved expense is not deleted', 'hr.expense', 'unlink', [[taxi]], expect_error=True)
    wizard = r.call('pay the employee', 'account.payment.register', 'create', [{}],
                    {'context': {'active_model': 'account.move', 'active_ids': approved['account_move_ids']}})
    r.call('create the payment', 'account.payment.register', 'action_create_payments', [[wizard]])
    r.call('paid report', 'hr.expense.sheet', 'read', [[sheet]], {'fields': SHEET_FIELDS})
    r.call('paid expenses', 'hr.expense', 'read', [[taxi, hotel, lunch]], {'fields': ['state']})
    r.call('a paid report is not deleted', 'hr.expense.sheet', 'unlink', [[sheet]], expect_error=True)

    single = r.call('report the mileage alone', 'hr.expense', 'action_submit_expenses', [[mileage]])['res_id']
    r.call('a single expense names its report', 'hr.expense.sheet', 'read', [[single]],
           {'fields': ['name', 'total_amount', 'expense_line_ids']})
    taxi_bo = r.call('expense of an employee without email', 'hr.expense', 'create', [{
        'name': 'Taxi', 'employee_id': bo, 'product_id': 2, 'total_amount_currency': 20.0}])
    no_email = r.call('report it', 'hr.expense', 'action_submit_expenses', [[taxi_bo]])['res_id']
    r.call('submit it', 'hr.expense.sheet', 'action_submit_sheet', [[no_email]])
    r.call('approval needs the employee\'s work email', 'hr.expense.sheet', 'action_approve_expense_sheets',
           [[no_email]], expect_error=True)
    card = r.call('expense paid by the company', 'hr.expense', 'create', [{
        'name': 'Card', 'employee_id': ana, 'product_id': 2, 'total_amount_currency': 50.0,
        'payment_mode': 'company_account'}])
    company_sheet = r.call('report it', 'hr.expense', 'action_submit_expenses', [[card]])['res_id']
    r.call('company-paid report', 'hr.expense.sheet', 'read', [[company_sheet]],
           {'fields': ['state', 'payment_mode', 'journal_id', 'payment_method_line_id', 'currency_id']})
    r.call('submit the company-paid report', 'hr.expense.sheet', 'action_submit_sheet', [[company_sheet]])
    r.call('a fresh database cannot approve it: no outstanding account', 'hr.expense.sheet',
           'action_approve_expense_sheets', [[company_sheet]], expect_error=True)
    both = r.call('report the euro train and a company-paid taxi together', 'hr.expense', 'action_submit_expenses',
                  [[euro, r.call('company-paid taxi', 'hr.expense', 'create', [{
                      'name': 'Card taxi', 'employee_id': ana, 'product_id': 2, 'total_amount_currency': 12.0,
                      'payment_mode': 'company_account', 'date': day(3)}])]])
    r.call('two reports', 'hr.expense.sheet', 'read', [both['domain'][0][2]],
           {'fields': ['name', 'payment_mode', 'journal_id', 'total_amount', 'currency_id']})

    last_month = (today.replace(day=1) - datetime.timedelta(days=20)).isoformat()
    next_month = (today.replace(day=28) + datetime.timedelta(days=10)).isoformat()
    for label, date in (('last month', last_month), ('next month', next_month)):
        expense = r.call('expense dated ' + label, 'hr.expense', 'create', [{
            'name': 'Conference ' + label, 'employee_id': ana, 'product_id': 2, 'total_amount_currency': 80.0,
            'date': date}])
        report = r.call('report it', 'hr.expense', 'action_submit_expenses', [[expense]])['res_id']
        r.call('submit it', 'hr.expense.sheet', 'action_submit_sheet', [[report]])
        r.call('approve it', 'hr.expense.sheet', 'action_approve_expense_sheets', [[report]])
        moves = r.call('its accounting date', 'hr.expense.sheet', 'read', [[report]],
                       {'fields': ['accounting_date', 'account_move_ids']})[0]['account_move_ids']
        r.call('its bill\'s dates', 'account.move', 'read', [moves], {'fields': ['date', 'invoice_date', 'name']})


REVERSAL_MOVE_FIELDS = ['name', 'move_type', 'state', 'partner_id', 'journal_id', 'ref', 'date', 'invoice_date',
                        'invoice_date_due', 'amount_untaxed', 'amount_tax', 'amount_total', 'amount_residual',
                        'amount_total_signed', 'amount_residual_signed', 'payment_state', 'line_ids',
                        'invoice_line_ids', 'currency_id', 'reversed_entry_id', 'reversal_move_ids',
                        'payment_reference', 'auto_post', 'display_name', 'invoice_user_id']
REVERSAL_LINE_FIELDS = ['name', 'account_id', 'debit', 'credit', 'balance', 'amount_currency', 'amount_residual',
                        'tax_ids', 'tax_line_id', 'analytic_distribution', 'display_type', 'quantity', 'price_unit',
                        'price_subtotal', 'price_total', 'reconciled']


@scenario('credit notes through the account.move.reversal wizard: refund, partial refund, modify (account)')
def credit_note_reversal(r):
    today = datetime.date.today()
    day = lambda n: (today.replace(day=1) + datetime.timedelta(days=n)).isoformat()
    client = r.call('customer', 'res.partner', 'create', [{'name': 'Refund Client'}])
    project = r.call('project', 'project.project', 'create', [{'name': 'Refund project'}])
    account = r.call('its analytic account', 'project.project', 'read', [[project]],
                     {'fields': ['account_id']})[0]['account_id'][0]

    def invoice(note, lines, move_type='out_invoice', **extra):
        values = {'move_type': move_type, 'partner_id': client, 'invoice_date': day(2),
                  'invoice_line_ids': [[0, 0, line] for line in lines]}
        values.update(extra)
        move = r.call(note, 'account.move', 'create', [values])
        return move

    def wizard(note, moves, values, expect_error=False):
        return r.call(note, 'account.move.reversal', 'create', [values],
                      {'context': {'active_model': 'account.move', 'active_ids': moves}}, expect_error=expect_error)

    inv = invoice('invoice with a taxed line charged to a project and an untaxed one', [
        {'name': 'Consulting', 'quantity': 10, 'price_unit': 150, 'analytic_distribution': {str(account): 100}},
        {'name': 'Travel', 'quantity': 1, 'price_unit': 99.99, 'tax_ids': [[6, 0, []]]}], ref='PO-9')
    wizard('a draft invoice is not reversed', [inv], {'journal_id': 1}, expect_error=True)
    r.call('post the invoice', 'account.move', 'action_post', [[inv]])
    wizard('the wizard needs a journal', [inv], {'reason': 'Overbilled'}, expect_error=True)
    wizard('of the invoice\'s type', [inv], {'journal_id': 2}, expect_error=True)
    w = wizard('reverse with a reason and a date', [inv], {'reason': 'Overbilled', 'date': day(5), 'journal_id': 1})
    r.call('the wizard', 'account.move.reversal', 'read', [[w]], {'fields': [
        'move_ids', 'new_move_ids', 'date', 'reason', 'journal_id', 'company_id', 'residual', 'currency_id',
        'move_type', 'available_journal_ids', 'display_name']})
    refund = r.call('refund_moves drafts the credit note', 'account.move.reversal', 'refund_moves', [[w]])['res_id']
    r.call('the wizard knows it', 'account.move.reversal', 'read', [[w]], {'fields': ['new_move_ids']})
    note = r.call('the draft credit note', 'account.move', 'read', [[refund]], {'fields': REVERSAL_MOVE_FIELDS})[0]
    r.call('its lines', 'account.move.line', 'read', [note['line_ids']], {'fields': REVERSAL_LINE_FIELDS})
    r.call('the invoice before the credit note is posted', 'account.move', 'read', [[inv]],
           {'fields': ['payment_state', 'amount_residual', 'reversal_move_ids']})
    r.call('post the credit note', 'account.move', 'action_post', [[refund]])
    r.call('the posted credit note', 'account.move', 'read', [[refund]], {'fields': REVERSAL_MOVE_FIELDS})
    r.call('its lines once posted', 'account.move.line', 'read', [note['line_ids']], {'fields': REVERSAL_LINE_FIELDS})
    r.call('the invoice is reversed', 'account.move', 'read', [[inv]], {'fields': REVERSAL_MOVE_FIELDS})
    r.call('the project\'s revenue and its reversal', 'account.analytic.line', 'search_read',
           [[['account_id', '=', account]]],
           {'fields': ['name', 'amount', 'unit_amount', 'category', 'ref', 'date', 'move_line_id']})
    w = wizard('reverse a posted credit note\'s invoice again', [inv], {'journal_id': 1})

    retainer = invoice('retainer invoice', [{'name': 'Retainer', 'quantity': 1, 'price_unit': 1000}])
    r.call('post it', 'account.move', 'action_post', [[retainer]])
    w = wizard('reverse it without a reason', [retainer], {'journal_id': 1})
    r.call('the wizard\'s defaults', 'account.move.reversal', 'read', [[w]],
           {'fields': ['date', 'reason', 'journal_id', 'residual', 'move_type']})
    partial = r.call('reverse_moves', 'account.move.reversal', 'reverse_moves', [[w]])['res_id']
    lines = r.call('the credit note', 'account.move', 'read', [[partial]],
                   {'fields': ['invoice_line_ids', 'ref', 'name', 'state', 'invoice_date']})[0]['invoice_line_ids']
    r.call('credit only 400', 'account.move.line', 'write', [lines, {'price_unit': 400}])
    r.call('post the partial credit note', 'account.move', 'action_post', [[partial]])
    r.call('partial credit note', 'account.move', 'read', [[partial]],
           {'fields': ['name', 'amount_total', 'amount_residual', 'payment_state']})
    r.call('the invoice is partly credited', 'account.move', 'read', [[retainer]],
           {'fields': ['payment_state', 'amount_residual', 'amount_residual_signed', 'reversal_move_ids']})

    bill = invoice('vendor bill', [{'name': 'Subcontracting', 'quantity': 1, 'price_unit': 200}],
                   move_type='in_invoice')
    r.call('post the bill', 'account.move', 'action_post', [[bill]])
    w = wizard('reverse the bill in the purchase journal', [bill], {'journal_id': 2})
    bill_refund = r.call('vendor credit note', 'account.move.reversal', 'refund_moves', [[w]])['res_id']
    r.call('post the vendor credit note', 'account.move', 'action_post', [[bill_refund]])
    r.call('vendor credit note posted', 'account.move', 'read', [[bill_refund]],
           {'fields': ['name', 'move_type', 'ref', 'amount_total', 'payment_state', 'reversed_entry_id']})
    r.call('the bill is reversed', 'account.move', 'read', [[bill]], {'fields': ['payment_state', 'amount_residual']})

    first = invoice('first of two invoices', [{'name': 'A', 'quantity': 1, 'price_unit': 10}])
    second = invoice('second of two invoices', [{'name': 'B', 'quantity': 1, 'price_unit': 20}])
    r.call('post both', 'account.move', 'action_post', [[first, second]])
    w = wizard('reverse both at once', [first, second], {'journal_id': 1})
    both = r.call('two credit notes', 'account.move.reversal', 'refund_moves', [[w]])
    r.call('each credits its invoice', 'account.move', 'read', [both['domain'][0][2]],
           {'fields': ['name', 'state', 'reversed_entry_id', 'amount_total']})
    w = wizard('correct the first invoice', [first], {'journal_id': 1, 'date': day(6)})
    corrected = r.call('modify_moves: credit note posted, corrected copy drafted', 'account.move.reversal',
                       'modify_moves', [[w]])['res_id']
    r.call('the corrected draft', 'account.move', 'read', [[corrected]], {'fields': REVERSAL_MOVE_FIELDS})
    r.call('the first invoice is reversed', 'account.move', 'read', [[first]],
           {'fields': ['payment_state', 'amount_residual', 'reversal_move_ids']})


@scenario('companies in a country whose chart of accounts Odoo loads are refused to the administrator (account)')
def company_localization(r):
    def country(code):
        return r.call('country ' + code, 'res.country', 'search', [[['code', '=', code]]])[0]

    france, germany, usa, antarctica = country('FR'), country('DE'), country('US'), country('AQ')
    r.call('a French company: its chart cannot be loaded by the administrator', 'res.company', 'create',
           [{'name': 'Firm FR SAS', 'country_id': france}], expect_error=True)
    r.call('a German company likewise', 'res.company', 'create',
           [{'name': 'Firm DE GmbH', 'country_id': germany, 'currency_id': 125}], expect_error=True)
    us = r.call('a US company uses the generic chart', 'res.company', 'create',
                [{'name': 'Firm US Inc', 'country_id': usa}])
    aq = r.call('a country without a chart of its own', 'res.company', 'create',
                [{'name': 'Polar Research', 'country_id': antarctica}])
    bare = r.call('a company without a country', 'res.company', 'create', [{'name': 'No Country Ltd'}])
    r.call('giving it a localized country is refused too', 'res.company', 'write',
           [[bare], {'country_id': france}], expect_error=True)
    r.call('moving a company from one country to another is not', 'res.company', 'write',
           [[us], {'country_id': france}])
    r.call('the companies', 'res.company', 'read', [[us, aq, bare]],
           {'fields': ['name', 'country_id', 'country_code', 'chart_template', 'currency_id', 'partner_id']})
    r.call('the next partner', 'res.partner', 'create', [{'name': 'After the refusals'}])
    r.call('the next project', 'project.project', 'create', [{'name': 'After the refusals'}])


SETTLEMENT_MOVE_FIELDS = ['name', 'state', 'payment_state', 'currency_id', 'invoice_date', 'date', 'ref',
                          'amount_untaxed', 'amount_tax', 'amount_total', 'amount_residual', 'amount_untaxed_signed',
                          'amount_total_signed', 'amount_residual_signed', 'invoice_currency_rate',
                          'reversed_entry_id', 'matched_payment_ids']
SETTLEMENT_LINE_FIELDS = ['name', 'display_type', 'account_id', 'quantity', 'price_unit', 'price_subtotal',
                          'price_total', 'tax_ids', 'tax_line_id', 'tax_base_amount', 'analytic_distribution',
                          'balance', 'amount_currency', 'amount_residual', 'amount_residual_currency', 'reconciled']
SETTLEMENT_PAYMENT_FIELDS = ['name', 'state', 'amount', 'payment_type', 'memo', 'is_matched', 'is_reconciled',
                             'amount_signed', 'amount_company_currency_signed', 'reconciled_invoice_ids']
SETTLEMENT_WIZARD_FIELDS = ['amount', 'currency_id', 'communication', 'payment_type', 'payment_difference',
                            'source_amount', 'source_amount_currency']


@scenario('invoice amounts, analytic lines, EUR rates, credit notes with reversed_entry_id, payments (account)')
def invoice_settlement(r):
    today = datetime.date.today()
    client = r.call('customer', 'res.partner', 'create', [{'name': 'Settlement Client'}])
    eur = r.call('EUR', 'res.currency', 'search', [[['name', '=', 'EUR'], ['active', 'in', [True, False]]]])[0]
    r.call('activate EUR', 'res.currency', 'write', [[eur], {'active': True}])
    r.call('a EUR rate for January', 'res.currency.rate', 'create',
           [{'currency_id': eur, 'name': '2026-01-01', 'rate': 0.95}])
    r.call('a second one the same day is refused', 'res.currency.rate', 'create',
           [{'currency_id': eur, 'name': '2026-01-01', 'rate': 0.9}], expect_error=True)
    r.call('a rate must be positive', 'res.currency.rate', 'create',
           [{'currency_id': eur, 'name': '2026-01-02', 'rate': 0}], expect_error=True)
    tax = r.call('a sale tax without country', 'account.tax', 'create',
                 [{'name': 'Sales tax 10%', 'amount': 10, 'amount_type': 'percent', 'type_tax_use': 'sale'}])
    r.call('its country and group', 'account.tax', 'read', [[tax]],
           {'fields': ['name', 'country_id', 'tax_group_id', 'company_id', 'price_include', 'sequence']})
    r.call('its name is unique', 'account.tax', 'create',
           [{'name': 'Sales tax 10%', 'amount': 10, 'amount_type': 'percent', 'type_tax_use': 'sale'}],
           expect_error=True)
    accounts = [r.call('analytic account %d' % n, 'account.analytic.account', 'create',
                       [{'name': 'Client account %d' % n, 'plan_id': 1}]) for n in range(10)]
    split = {str(accounts[-1]): 60, str(accounts[0]): 40}

    def move(note, lines, move_type='out_invoice', **extra):
        values = {'move_type': move_type, 'partner_id': client, 'invoice_line_ids': [[0, 0, line] for line in lines]}
        values.update(extra)
        return r.call(note, 'account.move', 'create', [values])

    def show(note, move_id):
        r.call(note, 'account.move', 'read', [[move_id]], {'fields': SETTLEMENT_MOVE_FIELDS})
        r.call(note + ': items', 'account.move.line', 'search_read', [[['move_id', '=', move_id]]],
               {'fields': SETTLEMENT_LINE_FIELDS, 'order': 'id'})

    def pay(note, move_id, values=None, expect_error=False):
        context = {'active_model': 'account.move', 'active_ids': [move_id]}
        wizard = r.call(note, 'account.payment.register', 'create', [values or {'payment_date': '2026-03-20'}],
                        {'context': context}, expect_error=expect_error)
        if expect_error:
            return None
        r.call(note + ': the wizard', 'account.payment.register', 'read', [[wizard]],
               {'fields': SETTLEMENT_WIZARD_FIELDS, 'context': context})
        payment = r.call(note + ': pay', 'account.payment.register', 'action_create_payments', [[wizard]],
                         {'context': context})['res_id']
        r.call(note + ': the payment', 'account.payment', 'read', [[payment]], {'fields': SETTLEMENT_PAYMENT_FIELDS})
        return payment

    invoice = move('a half-cent tax, a split distribution, the new tax on two accounts', [
        {'name': 'Design', 'quantity': 11.5, 'price_unit': 33.33, 'tax_ids': [[6, 0, [1]]],
         'analytic_distribution': split},
        {'name': 'Build', 'quantity': 0.25, 'price_unit': 99.99, 'tax_ids': [[6, 0, [tax]]],
         'analytic_distribution': split},
        {'name': 'Support', 'quantity': 2, 'price_unit': 87.5, 'tax_ids': [[6, 0, [tax]]]}],
        invoice_date='2026-03-02', ref='LL-1')
    show('the draft invoice', invoice)
    r.call('post it', 'account.move', 'action_post', [[invoice]])
    r.call('its analytic lines', 'account.analytic.line', 'search_read', [[['move_line_id.move_id', '=', invoice]]],
           {'fields': ['name', 'amount', 'unit_amount', 'account_id', 'move_line_id', 'partner_id', 'ref'],
            'order': 'id'})
    pay('half of it', invoice, {'payment_date': '2026-03-20', 'amount': 300})
    show('the invoice is paid, its residual unchanged', invoice)

    euro = move('a EUR invoice', [{'name': 'Hours', 'quantity': 1, 'price_unit': 100, 'tax_ids': [[6, 0, []]]}],
                invoice_date='2026-02-10', currency_id=eur, ref='LL-2')
    r.call('an April rate, added after the invoice', 'res.currency.rate', 'create',
           [{'currency_id': eur, 'name': '2026-04-01', 'rate': 0.92}])
    r.call('post the EUR invoice', 'account.move', 'action_post', [[euro]])
    show('it keeps the rate of its date', euro)
    credit = move('a larger EUR credit note in April', [
        {'name': 'Hours', 'quantity': 1, 'price_unit': 150, 'tax_ids': [[6, 0, []]]}],
        move_type='out_refund', invoice_date='2026-04-10', currency_id=eur, reversed_entry_id=euro, ref='LL-3')
    r.call('post the credit note', 'account.move', 'action_post', [[credit]])
    show('the credit note is partly reconciled', credit)
    show('the invoice is reversed', euro)
    r.call('the exchange difference entry', 'account.move', 'search_read', [[['move_type', '=', 'entry']]],
           {'fields': ['name', 'date', 'journal_id', 'state', 'amount_total_signed', 'line_ids']})
    r.call('nothing is left to pay on the invoice', 'account.payment.register', 'create',
           [{'payment_date': '2026-04-20'}], {'context': {'active_model': 'account.move', 'active_ids': [euro]}},
           expect_error=True)
    pay('pay the rest of the credit note', credit, {'payment_date': '2026-04-20'})
    show('the credit note is paid', credit)

    again = move('a credit note of the reversed invoice', [
        {'name': 'Goodwill', 'quantity': 1, 'price_unit': 50, 'tax_ids': [[6, 0, []]]}],
        move_type='out_refund', invoice_date='2026-04-12', currency_id=eur, reversed_entry_id=euro)
    r.call('post it', 'account.move', 'action_post', [[again]])
    show('it stays open', again)
    pay('pay it: the memo is its number', again, {'payment_date': '2026-04-21'})

    draft = move('a draft invoice', [{'name': 'Later', 'quantity': 1, 'price_unit': 40, 'tax_ids': [[6, 0, []]]}],
                 invoice_date='2026-05-04', ref='LL-4')
    first = pay('pay the draft', draft, {'payment_date': '2026-05-05'})
    r.call('post it', 'account.move', 'action_post', [[draft]])
    r.call('the draft\'s payment is still in process', 'account.payment', 'read', [[first]],
           {'fields': SETTLEMENT_PAYMENT_FIELDS})
    part = move('a small credit note of it', [{'name': 'Less', 'quantity': 1, 'price_unit': 10,
                                               'tax_ids': [[6, 0, []]]}],
                move_type='out_refund', invoice_date='2026-05-06', reversed_entry_id=draft)
    r.call('post the small credit note', 'account.move', 'action_post', [[part]])
    show('the invoice is partial again', draft)
    r.call('its payment is paid now', 'account.payment', 'read', [[first]], {'fields': SETTLEMENT_PAYMENT_FIELDS})
    blank = r.call('a EUR rate without a rate', 'res.currency.rate', 'create',
                   [{'currency_id': eur, 'name': '2026-06-01'}])
    r.call('it reads 0, its company rate is the latest earlier one', 'res.currency.rate', 'read', [[blank]],
           {'fields': ['name', 'rate', 'company_rate', 'inverse_company_rate', 'company_id']})


@scenario('a payment registered on a draft invoice stays in process through the posting, and is paid once a '
          'credit note reverses the whole invoice')
def draft_payment_reversed(r):
    client = r.call('customer', 'res.partner', 'create', [{'name': 'Reversal Client'}])
    invoice = r.call('a draft invoice', 'account.move', 'create', [{
        'move_type': 'out_invoice', 'partner_id': client, 'invoice_date': '2026-05-04', 'ref': 'LL-9',
        'invoice_line_ids': [[0, 0, {'name': 'Work', 'quantity': 2, 'price_unit': 50, 'tax_ids': [[6, 0, []]]}]]}])
    context = {'active_model': 'account.move', 'active_ids': [invoice]}
    wizard = r.call('pay part of the draft', 'account.payment.register', 'create',
                    [{'payment_date': '2026-05-05', 'amount': 40}], {'context': context})
    payment = r.call('pay', 'account.payment.register', 'action_create_payments', [[wizard]],
                     {'context': context})['res_id']
    r.call('the payment is in process', 'account.payment', 'read', [[payment]], {'fields': SETTLEMENT_PAYMENT_FIELDS})
    r.call('post the invoice', 'account.move', 'action_post', [[invoice]])
    r.call('posting leaves the payment in process', 'account.payment', 'read', [[payment]],
           {'fields': SETTLEMENT_PAYMENT_FIELDS})
    r.call('the invoice is paid', 'account.move', 'read', [[invoice]], {'fields': SETTLEMENT_MOVE_FIELDS})
    credit = r.call('a credit note of the whole invoice', 'account.move', 'create', [{
        'move_type': 'out_refund', 'partner_id': client, 'invoice_date': '2026-05-06', 'reversed_entry_id': invoice,
        'invoice_line_ids': [[0, 0, {'name': 'Work', 'quantity': 2, 'price_unit': 50, 'tax_ids': [[6, 0, []]]}]]}])
    r.call('post the credit note', 'account.move', 'action_post', [[credit]])
    r.call('the invoice is reversed', 'account.move', 'read', [[invoice]], {'fields': SETTLEMENT_MOVE_FIELDS})
    r.call('its payment is paid now', 'account.payment', 'read', [[payment]], {'fields': SETTLEMENT_PAYMENT_FIELDS})


def reset():
    env = dict(os.environ)
    subprocess.run([RUN_ODOO, 'reset'], env=env, check=True, stdout=subprocess.DEVNULL)


def main(names):
    for name in names or SCENARIOS:
        about, fn = SCENARIOS[name]
        reset()
        recorder = Recorder(name, about)
        fn(recorder)
        recorder.write()


if __name__ == '__main__':
    main(sys.argv[1:])
