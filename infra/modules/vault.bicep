// Key Vault holding the app's configuration secrets. RBAC only (no access policies), soft delete and purge
// protection on, network default Deny with only the app's integration subnet (service endpoint) admitted.
// The app's identity gets "Key Vault Secrets User" so App Service can resolve @Microsoft.KeyVault references.
param vaultName string
param location string
param tags object

@description('Subnet of the App Service VNet integration, admitted by the vault firewall.')
param appSubnetId string

@description('Principal (object) id of the app identity that reads the secrets.')
param readerPrincipalId string

@description('Application Insights component whose connection string is stored as a secret.')
param appInsightsName string

@description('Host name of the PostgreSQL server.')
param databaseHost string
param databaseName string

@description('Entra login of the app in PostgreSQL (the managed identity name).')
param databaseUser string

@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

// Built-in role "Key Vault Secrets User": read secret contents, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForTemplateDeployment: false
    enabledForDiskEncryption: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      virtualNetworkRules: [
        {
          id: appSubnetId
          ignoreMissingVnetServiceEndpoint: false
        }
      ]
      ipRules: []
    }
  }
}

// Secrets are written through Azure Resource Manager, which the vault firewall does not block, so the
// deployment needs no network access to the vault.
// Entra authentication: the connection string names the identity as user and carries no password; the app
// asks Entra for a token for the database with the same managed identity.
resource storeSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'Store'
  properties: {
    contentType: 'Npgsql connection string'
    value: 'Host=${databaseHost};Port=5432;Database=${databaseName};Username=${databaseUser};Ssl Mode=VerifyFull'
  }
}

resource telemetrySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'ApplicationInsights'
  properties: {
    contentType: 'Application Insights connection string'
    value: appInsights.properties.ConnectionString
  }
}

resource readerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output vaultName string = vault.name
// Versionless URIs: App Service picks up a rotated value without a redeploy.
output storeReference string = '@Microsoft.KeyVault(SecretUri=${storeSecret.properties.secretUri})'
output telemetryReference string = '@Microsoft.KeyVault(SecretUri=${telemetrySecret.properties.secretUri})'
