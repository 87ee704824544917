// Parameters for the production environment: az deployment group create -g RG -p infra/prod.bicepparam
using 'main.bicep'

param environmentName = 'prod'
param appServiceSkuName = 'P0v3'
param botSkuName = 'S1'
param postgresVersion = '16'
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'
param postgresBackupRetentionDays = 35
param postgresGeoRedundantBackup = true
