// Azure Bot registration: single-tenant, authenticated as the user-assigned managed identity (no app secret
// exists), messaging endpoint on the site, Microsoft Teams channel enabled.
param botName string
param tags object

@description('Display name in the Bot Service (Teams shows the app manifest name instead).')
param displayName string = 'StatusBot'

@description('Host name of the site that serves /api/messages.')
param appHostName string

param identityId string
param identityClientId string

@allowed([
  'F0'
  'S1'
])
param skuName string = 'S1'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${appHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenant().tenantId
    // Only the Teams channel is used; Direct Line/Web Chat keys are not needed.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output botName string = bot.name
output endpoint string = bot.properties.endpoint
