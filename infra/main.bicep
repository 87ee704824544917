// StatusBot in one resource group: managed identity, Azure Bot (Teams), App Service on Linux with VNet
// integration, PostgreSQL flexible server (private, Entra-only), Key Vault, Application Insights.
// Deploy: az deployment group create -g RG -f infra/main.bicep -p environmentName=prod
// See docs/deploy.md for the whole sequence.
targetScope = 'resourceGroup'

@description('Environment name, part of every resource name.')
@allowed([
  'dev'
  'test'
  'prod'
])
param environmentName string

@description('Azure region of the regional resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('App Service plan SKU (Basic or higher: VNet integration and Always On are required).')
param appServiceSkuName string = 'P0v3'

@minValue(1)
param appInstanceCount int = 1

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot SKU; F0 is free with limited premium-channel messages, Teams is a standard channel.')
param botSkuName string = 'F0'

@allowed([
  '15'
  '16'
])
param postgresVersion string = '16'

param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@minValue(32)
param postgresStorageSizeGB int = 32

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

@description('Geo-redundant database backups (only settable when the server is created).')
param postgresGeoRedundantBackup bool = false

@description('Optional Entra group (object id) that also administers the database, for people; empty for none.')
param postgresPeopleAdminObjectId string = ''

@description('Display name of that group, as PostgreSQL shows it.')
param postgresPeopleAdminName string = ''

@description('Address space of the virtual network.')
param vnetAddressPrefix string = '10.40.0.0/16'
param appSubnetPrefix string = '10.40.1.0/26'
param databaseSubnetPrefix string = '10.40.2.0/28'

@description('Tenant whose users may use the bot; the home tenant by default (single-tenant bot).')
param allowedTenantId string = tenant().tenantId

param tags object = {
  app: 'statusbot'
  environment: environmentName
}

var suffix = uniqueString(resourceGroup().id, environmentName)
var baseName = 'statusbot-${environmentName}'
var names = {
  identity: 'id-${baseName}'
  logAnalytics: 'log-${baseName}'
  appInsights: 'appi-${baseName}'
  vnet: 'vnet-${baseName}'
  postgres: 'psql-${baseName}-${suffix}'
  // Vault names are global and at most 24 characters.
  vault: take('kv-${baseName}-${suffix}', 24)
  plan: 'asp-${baseName}'
  site: 'app-${baseName}-${suffix}'
  bot: 'bot-${baseName}-${suffix}'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    location: location
    tags: tags
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    vnetName: names.vnet
    location: location
    tags: tags
    addressPrefix: vnetAddressPrefix
    appSubnetPrefix: appSubnetPrefix
    databaseSubnetPrefix: databaseSubnetPrefix
    databaseServerName: names.postgres
  }
}

module database 'modules/database.bicep' = {
  name: 'database'
  params: {
    serverName: names.postgres
    location: location
    tags: tags
    version: postgresVersion
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    geoRedundantBackup: postgresGeoRedundantBackup
    delegatedSubnetId: network.outputs.databaseSubnetId
    privateDnsZoneId: network.outputs.databaseDnsZoneId
    adminIdentityName: identity.outputs.name
    adminIdentityPrincipalId: identity.outputs.principalId
    peopleAdminObjectId: postgresPeopleAdminObjectId
    peopleAdminName: postgresPeopleAdminName
  }
}

module vault 'modules/vault.bicep' = {
  name: 'vault'
  params: {
    vaultName: names.vault
    location: location
    tags: tags
    appSubnetId: network.outputs.appSubnetId
    readerPrincipalId: identity.outputs.principalId
    appInsightsName: monitoring.outputs.appInsightsName
    databaseHost: database.outputs.host
    databaseName: database.outputs.databaseName
    databaseUser: identity.outputs.name
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    planName: names.plan
    siteName: names.site
    location: location
    tags: tags
    skuName: appServiceSkuName
    instanceCount: appInstanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    appSubnetId: network.outputs.appSubnetId
    storeReference: vault.outputs.storeReference
    telemetryReference: vault.outputs.telemetryReference
    allowedTenantId: allowedTenantId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: names.bot
    tags: tags
    appHostName: app.outputs.hostName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    skuName: botSkuName
  }
}

// Identifiers only, never secrets: what docs/deploy.md needs for the manifest, Graph and the database role.
output appHostName string = app.outputs.hostName
output siteName string = app.outputs.siteName
output botName string = bot.outputs.botName
output botEndpoint string = bot.outputs.endpoint
@description('Microsoft App ID of the bot = client id of the managed identity (manifest --bot-id).')
output botAppId string = identity.outputs.clientId
output identityName string = identity.outputs.name
output identityPrincipalId string = identity.outputs.principalId
output databaseHost string = database.outputs.host
output databaseName string = database.outputs.databaseName
output vaultName string = vault.outputs.vaultName
