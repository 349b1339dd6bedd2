#!/usr/bin/env python3
"""Records business flows against a real Odoo 18 into the transcript format the sandbox is held to.

Each scenario runs on a fresh database (``run-odoo reset``) and is written to
``src/test/resources/dev/ledgerline/odoo/sandbox/recorded/<name>.json``; ``RecordedBehaviourTest``
replays every file against a fresh sandbox. Scenarios read no value that depends on the clock.

    ODOO_HOME=/tmp/odoo-x ODOO_PORT=8169 ODOO_PG_PORT=55532 python3 tools/record-behaviour.py [scenario ...]
"""
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
            json.dump({'name': self.name, 'about': self.about, 'server': version, 'steps': self.steps}, f, indent=1)
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
