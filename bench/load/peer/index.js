// The peer of the relay anchor (issue 8): the Bot Framework JavaScript SDK (npm botbuilder) doing the same job.
// It receives a Teams message activity on POST /api/messages, replies with ONE prebuilt Adaptive Card (the card of
// bench/StatusBot.Anchors/RelayEndpoint.cs) through context.sendActivity, which POSTs it to
// {serviceUrl}/v3/conversations/{id}/activities/{replyToId}, and answers 200 once the reply is posted.
//
// Set up as the SDK's samples do (CloudAdapter + ConfigurationServiceClientCredentialFactory +
// createBotFrameworkAuthenticationFromConfiguration, an ActivityHandler run by adapter.process), with the app id and
// password empty: the SDK's anonymous mode for local emulators. Inbound requests then need no Authorization header,
// and outbound replies carry none (MicrosoftAppCredentials.Empty: no token is fetched); every serviceUrl is trusted
// (AppCredentials.trustServiceUrl is a no-op in 4.23).
//
// HTTP: plain node:http. CloudAdapter.process wants an already parsed req.body and a response with status/header/
// send/end (what restify and express provide), so the handler below reads and parses the body and adds those four
// methods; everything from there on (activity validation, authentication, TurnContext, middleware, ActivityHandler,
// ConnectorClient) is the SDK's own pipeline.
//
//   node index.js [PORT]        (or PORT=...; default 3978)
'use strict';
const http = require('node:http');
const {
    ActivityHandler,
    CardFactory,
    CloudAdapter,
    ConfigurationServiceClientCredentialFactory,
    createBotFrameworkAuthenticationFromConfiguration,
} = require('botbuilder');

const port = Number(process.argv[2] || process.env.PORT || 3978);

// The relay anchor's card, word for word.
const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
        { type: 'TextBlock', text: 'Nämndmål 3.6.1', weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'TextBlock', text: 'Uppfylls delvis (T2 2023)', wrap: true },
        { type: 'FactSet', facts: [{ title: 'Indikator', value: 'Andel nöjda brukare: 82 % (mål 85 %)' }] },
    ],
};
const attachment = CardFactory.adaptiveCard(card);

const credentialsFactory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: process.env.MicrosoftAppId || '',
    MicrosoftAppPassword: process.env.MicrosoftAppPassword || '',
    MicrosoftAppType: process.env.MicrosoftAppType || 'MultiTenant',
    MicrosoftAppTenantId: process.env.MicrosoftAppTenantId || '',
});
const botFrameworkAuthentication = createBotFrameworkAuthenticationFromConfiguration(null, credentialsFactory);
const adapter = new CloudAdapter(botFrameworkAuthentication);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] ${error}`);
    throw error; // CloudAdapter.process answers 500
};

class PeerBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity({
                type: 'message',
                summary: 'Nämndmål 3.6.1 uppfylls delvis',
                attachments: [attachment],
            });
            await next();
        });
    }
}
const bot = new PeerBot();

// The response methods restify/express add to node's ServerResponse, as CloudAdapter.process uses them.
function frameworkResponse(res) {
    res.status = (code) => { res.statusCode = code; return res; };
    res.header = (name, value) => { res.setHeader(name, value); return res; };
    res.send = (body) => {
        if (body === undefined || body === null) return res;
        if (typeof body === 'object' && !Buffer.isBuffer(body)) {
            res.setHeader('Content-Type', 'application/json');
            body = JSON.stringify(body);
        }
        res.write(body);
        return res;
    };
    return res;
}

const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
        res.statusCode = req.method === 'POST' ? 404 : 200; // GET / answers 200 for run.sh's wait_up
        res.end();
        return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
        try {
            req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.statusCode = 400;
            res.end();
            return;
        }
        adapter.process(req, frameworkResponse(res), (context) => bot.run(context)).catch((err) => {
            console.error(err);
            if (!res.writableEnded) { res.statusCode = 500; res.end(); }
        });
    });
});
server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`peer (botbuilder CloudAdapter) listening on 127.0.0.1:${port}`));
