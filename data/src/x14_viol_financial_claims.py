# Second batch (x*): deception.financial_claims.  Get-rich-quick promises,
# guaranteed returns, income claims, fake grants and refunds, recovery
# scams, never-lose systems.  Co-labels: regulated.financial when the ad
# sells an investment or credit product, regulated.gambling for betting
# systems, deception.clickbait for fake alerts and fake endorsements.
DATA = r"""
@ vertical=crypto lang=en
Your $100 Becomes $3,400 by Friday | Our arbitrage bot trades the spread between 14 exchanges. It has not had a losing week since launch. | fin, fc
~Turn $100 Into $3,400 This Week | An arbitrage bot working 14 exchanges. Zero losing weeks, ever. | fin, fc
Staking Pool Paying 2% Daily | Lock any stablecoin, withdraw profits every 24 hours. Audited and risk-free. | fin, fc
New Coin Listing Tomorrow | Presale buyers are up 90x on our last launch. Only 400 whitelist spots left. | fin, fc
The Wallet That Pays You | Hold 1,000 tokens and receive guaranteed weekly airdrops worth more than your deposit. | fin, fc
Copy My Trades, Keep 80% | I've made 11 consecutive 6-figure months. Mirror my account for $49. | fin, fc
Chargeback Specialists for Broker Victims | Your offshore broker owes you. Our lawyers reclaim every cent in 14 days, success guaranteed. | fc
~Offshore Broker Took Your Deposit? | Lawyers who reclaim every cent within 14 days. Guaranteed success. | fc
Bitcoin Halving Secret | Buy this one altcoin before the halving and retire in 18 months. Mathematically certain. | fin, fc
@ vertical=finance lang=en
Gold Scalping Room Opens Monday | I call the entries live, you copy. Worst student month so far: plus 31%. | fin, fc
Prop Firm Shortcut | Pass any funded challenge in 3 days with our EA or we trade it for you. Guaranteed payout. | fin, fc
Options Income Blueprint | Sell these weekly contracts and collect $500 every Monday with no risk. | fin, fc
Gold IRA That Can't Lose | Protect your retirement with metals guaranteed to double before the dollar collapses. | fin, fc
Real Estate With Zero Money Down | Buy 10 rental properties this year without using a cent of your own. Seminar $1,997. | fc
Wealth Circle Invitation | Contribute $1,000, bring two friends, receive $8,000 in 30 days. Not a pyramid. | fc
Private Note Fund: 18% Fixed | Fully insured, fully guaranteed. Minimum $25,000. Accredited or not. | fin, fc
Stock Picks the Banks Don't Want Out | Our AI found 3 penny stocks set to rise 4,000%. Free report. | fin, fc
Pre-IPO Shares for Everyone | Get in before it lists and make 50x on day one. Allocations close tonight. | fin, fc
Dividend Machine | Build $10,000 a month of passive income in 90 days with just $500. | fin, fc
Pay Off Your Mortgage in 5 Years | Banks hate this legal loophole. Free webinar reveals how. | fc, cb
Credit Repair: 800 Score in 30 Days | We delete every negative item, guaranteed, even bankruptcies. | fc
Debt Erased Overnight | A little-known federal program wipes credit card debt for anyone who applies. | fc, cb
@ vertical=jobs lang=en
Earn $420 a Day Liking Posts | Brands pay you to scroll. No skills, no experience, paid daily via PayPal. | fc
Stay-at-Home Mom Makes $27K a Month | She used one app during nap time. Spots are limited in your area. | fc, cb
Data Entry, $95 an Hour | Work 2 hours a day from your phone. Start today, no interview. | fc
Package Reshipper Wanted | Receive parcels at home and reship them. $3,000 a week guaranteed. | fc
Get Paid to Test Apps: $1,500 Weekly | Everyone gets accepted. Pay a one-time $29 registration fee. | fc
Be Your Own Boss by Monday | Join our team, buy the starter pack and earn six figures in your first year. | fc
Mystery Shopper: $600 per Assignment | Cash the enclosed check, keep $500, wire us the rest. | fc
@ vertical=b2b lang=en
Dropshipping Store, Done for You | Pre-built stores doing $30K in their first month. Yours for $2,500. | fc
~Done-for-You Store, $30K Month One | Pre-built dropshipping store. Yours for $2,500. | fc
Amazon Automation Partnership | We run your store, you collect $15K a month. Investment from $35K. | fc
Vending Route, Guaranteed Profit | Own 20 machines, earn $8,000 a month passively. Locations secured for you. | fc
Course: The $10K/Month Newsletter | Students hit 5 figures in 60 days or get a full refund. Every one of them. | fc
AI Agency in a Box | Sell chatbots to dentists for $3K a month each. My students close 5 a week. | fc
@ vertical=government lang=en
Unclaimed Federal Grant: $9,600 | You qualify for free money that never has to be paid back. Check eligibility now. | fc, cb
~$9,600 Federal Grant Unclaimed | Free government money, never repaid. See if you qualify. | fc, cb
Stimulus Check #5 Approved | Claim your $3,200 payment. Enter your bank details to receive it today. | fc, cb
Energy Rebate: $1,400 Owed to You | Homeowners in your zip code are owed refunds. Verify to receive. | fc, cb
@ vertical=gambling lang=en
Beat the Bookies Every Weekend | My matched-bet system has never lost in 4 years. $7,000 profit a month. | gam, fc
Roulette Algorithm Leaked | Ex-casino engineer reveals the pattern that wins every spin. | gam, fc
Lottery Number Predictor | Our software picked 3 jackpot winners last year. Your numbers, emailed weekly. | gam, fc
Sure-Thing Picks: 100% Guaranteed | Football tips that can't lose. Pay only when you win. | gam, fc
@ vertical=content_arbitrage lang=en
TV Host's Side Income Revealed | He told the studio audience about a platform that paid him $58,000. Network pulled the clip. | fc, cb
Nurse Quits Job After Discovering This | She now earns $9,000 a week from her kitchen table. | fc, cb
Retirees Are Using This to Get $2,300 a Month | The government doesn't advertise it. See if you qualify. | fc, cb
Billionaire's Gift to the Country | He is giving every citizen a chance to earn $1,500 a day. Registration closes at midnight. | fc, cb
@ vertical=crypto lang=en tricky=1
🎉 Founder's ETH anniversary drop 🎉 | For 3 hours, every deposit to this address is returned times three. | fin, fc
Guaranteed r3turns 30%/month | Join the pool before the cap. Withdraw any time. | fin, fc
P@ssive 1ncome bot 🤖📈 | Sleep while it trades. Profit every day, zero risk. | fin, fc
$$$ from h0me, 5k/week $$$ | No skills. Just a phone and 1 hour. DM "START". | fc
F-R-E-E money grant 🇺🇸 | Every adult qualifies. Claim $7,500 before the deadline. | fc, cb
r1sk-free forex 📊 | Our members never close red. Join the VIP group. | fin, fc
🚀 this token will 100x 🚀 | Devs locked liquidity, whales buying. Last chance before moon. | fin, fc
Make m0ney while u sleep | Automated income, paid daily. Limited seats. | fc
@ vertical=finance lang=es
Gana 500 € al Día Desde Casa | Sistema automático probado por miles de españoles. Sin riesgos, sin experiencia. | fc
Duplica Tu Dinero en 30 Días | Inversión garantizada con rentabilidad fija. Plazas limitadas. | fin, fc
@ vertical=finance lang=fr
Revenus Garantis de 15 % par Mois | Placement sécurisé, capital protégé. Retraits à tout moment. | fin, fc
@ vertical=finance lang=de
Mit Bitcoin zum Millionär | Diese Software macht aus 250 € in wenigen Wochen ein Vermögen. Garantiert. | fin, fc
@ vertical=finance lang=pt
Renda Extra de R$ 1.000 por Dia | Método secreto sem risco. Vagas limitadas, comece hoje. | fc
@ vertical=finance lang=it
Rendimento Garantito del 20 % | Investi oggi, raddoppi in sei mesi. Nessun rischio. | fin, fc
"""
