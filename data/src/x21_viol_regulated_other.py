# Second batch (x*): the remaining regulated and claim categories, about
# 18-20 new positives each: regulated.tobacco, regulated.pharma,
# regulated.gambling, regulated.weapons, regulated.financial,
# deception.health_claims.
DATA = r"""
@ vertical=tobacco lang=en
Pouch Sampler Box | Mango chili, cola ice and espresso. Five cans, strengths from 3 to 15 mg. | tob
Disposable Vape, 8,000 Puffs | Rechargeable, adjustable airflow, blue razz ice. 2 for $25. | tob
Heated Tobacco Starter Kit | The device plus 4 packs of sticks for the price of a carton. | tob
Cigar Lounge Membership | Private humidor locker, leather chairs and late hours. | tob
Hookah Night on the Rooftop | Double-apple and mint shisha, DJ from 10pm. | tob
Roll Your Own and Save | Pouch tobacco and tubes, half the price of a pack. | tob
Vape Shop: Trade-In Tuesday | Bring any old device, get $15 off a new pod kit. | tob
Snus Club | Swedish snus delivered monthly. Members save 20%. | tob
Menthol Is Not Dead | Our menthol-flavour capsule filters ship anywhere. | tob
Premium Cuban-Style Cigars | Hand-rolled, box of 25, gift-ready. | tob
Cloud Chasers' Juice Bar | Mix your own e-juice at the counter. Shortfills $6, nic shots free. | tob
@ vertical=tobacco lang=en tricky=1
💨 V4pe pods 3 for $20 💨 | Every flavour, ships discreet. | tob
N1c pouches 🧊 | Ice cold mint, 12 mg. Free sample pack. | tob
Sm0ke-free alternative (wink) | Heated sticks, same satisfaction. | tob
@ vertical=pharma lang=en
Skinny Shot Clinic | Semaglutide starting at $199 a month, no insurance needed. Approved online in 10 minutes. | rx
~Weight-Loss Shots, $199 a Month | Semaglutide online, no insurance, approval in 10 minutes. | rx
Adderall Online Consults | ADHD diagnosis and a prescription in one call. Same-day pharmacy pickup. | rx
Hair Loss Pills Without the Doctor Visit | Finasteride shipped to your door. Complete a 2-minute quiz. | rx
Your Statin for $4 a Month | Mail-order generics from our licensed pharmacy. Upload your script and save. | rx
Antibiotics Without a Prescription | Amoxicillin and azithromycin in stock. Overnight shipping. | rx
Sleeping Pills Delivered | Zolpidem from our overseas pharmacy. No questions. | rx
Steroid Cycles for Beginners | Test and tren stacks with a coach. Ships in gym bags. | rx
Tretinoin 0.05% From Home | Derm-grade prescription cream. Online consult, ships in 2 days. | rx
Botox Parties at Your Place | Our nurse brings the injections. Host gets hers free. | rx
@ vertical=pharma lang=en tricky=1
0zempic no rx 💉 | Genuine pens, discreet delivery, crypto OK. | rx
Benz0s from a real pharm 💊 | Klonopin and Valium, no script, overnight. | rx, drg
Tr@mad0l, no script | Pain meds shipped from abroad. | rx
@ vertical=gambling lang=en
Crash Game: Cash Out Before It Flies | Multipliers up to 1,000x. Deposit with crypto in seconds. | gam
Parlay of the Day | Our 5-leg parlay pays 40-to-1. Sign up and get your first bet back. | gam
Live Dealer Baccarat | Real dealers, streamed in HD. 200% first-deposit match. | gam
Fantasy Football for Cash | Draft today, win real money Sunday. $100 sign-up bonus. | gam
Scratchers Online | Instant-win tickets on your phone. First 10 free with deposit. | gam
Slot Streamer's Favourite Casino | Play the same slots I hit the big win on. Link in bio for 50 spins. | gam
Horse Racing Exchange | Back and lay at the best odds. Cash out any time. | gam
Esports Betting Bonus | Bet on CS and Valorant with a $50 free bet. | gam
Bingo Hall Online, Real Prizes | Cash bingo every 5 minutes. Daily jackpot $10,000. | gam
Skin Gambling: Open Cases | Win rare skins worth hundreds. Deposit from $1. | gam
@ vertical=gambling lang=en tricky=1
🎰 Sl0ts with 500 fr33 spins | No wagering on your first win. | gam
B3tting app 🏈 $200 bonus | Sign up, bet $5, get $200. | gam
P0ker room rakeback 40% ♠️ | Cash tables 24/7. | gam
@ vertical=weapons lang=en
Subcompact Carry Pistol Sale | Our top-selling 9mm with 2 mags and a holster, $429. | wpn
AR Build Kit, Ships Today | Complete upper, lower parts kit and stock. No FFL needed for the parts. | wpn
Ammo Bulk Buy: 1,000 Rounds | 5.56 range ammo at 34 cents a round. Free shipping over $300. | wpn
Red Dot Optic Clearance | Parallax-free dot for rifles and pistols, $149. | wpn
Ladies' Night at the Range | Lane rental, a rental handgun and 50 rounds for $40. Instructors on the line. | wpn
Tactical Folding Knife | Assisted opening, glass breaker, combat-ready blade. | wpn
Stun Gun Flashlight | 50 million volts disguised as a flashlight. Ladies' pink available. | wpn
Runner's Defence Bundle | Wrist-strap pepper gel and a 130 dB alarm for early-morning jogs. | wpn
Compound Bow Clearance | 70 lb draw hunting bow, sight and quiver included. Elk season is close. | wpn
Suppressor Sale, Paperwork Help | We walk you through the forms. 15% off cans this month. | wpn
Replica Pistol for Film and Cosplay | Full-metal blank-firing replica, realistic weight. | wpn
Brass Knuckle Belt Buckle | Looks like a buckle, works like you'd expect. | wpn
@ vertical=weapons lang=en tricky=1
9mm 🔫 restock | Mags, holsters and ammo back in stock. | wpn
G l 0 c k deals this wknd | Lowest price in the state, layaway available. | wpn
"Solvent trap" kit 😉 | Cleaning accessory, threaded for your barrel. | wpn
@ vertical=finance lang=en
Rent Short This Month? | Borrow $300 now, repay when your paycheck lands. Approval on your phone. | fin
Car Title Loan | Keep driving your car while you borrow against it. | fin
Split Your Flight Into 12 Payments | Book now, pay monthly with our travel credit line. APR from 0%. | fin
Crypto Exchange: Zero Fees for 30 Days | Trade 300 coins with zero fees. Sign up bonus $20 in BTC. | fin
Consolidate Your Cards Into One Loan | One payment, one rate. See offers without hurting your score. | fin
Earned Wage Access for Gig Drivers | Cash out today's rides instantly for a $2.99 fee. | fin
Fractional Shares From $1 | Buy a slice of any big company. Sign-up bonus: 3 free shares. | fin
Margin Account Upgrade | Borrow against your portfolio at 6.2% and buy more shares today. | fin
Student Loan Refinance | Lower your rate and save thousands. Check your rate in 2 minutes. | fin
Forex Demo to Live in 1 Day | Trade CFDs on 80 currency pairs with 1:500 leverage. | fin
@ vertical=supplements lang=en
Reverse Type 2 Diabetes in 21 Days | Cinnamon-based formula, no more insulin, no more finger pricks. | hc
Arthritis Gone by Friday | Our turmeric patch rebuilds cartilage overnight. | hc
Melt Belly Fat While You Sleep | One capsule before bed and wake up 2 lbs lighter. | hc
Cancer-Fighting Tea | Ancient recipe destroys tumours naturally. Doctors are stunned. | hc
Parasite Cleanse | Flush out the worms causing your fatigue, acne and anxiety. | hc
Hair Regrowth in 7 Days | Onion-oil serum that reverses baldness completely. | hc
Vision Restored Without Glasses | 20/20 vision in weeks with our eye supplement. | hc
Immune Shield Gummies | Never catch a cold again. Clinically proven 100% protection. | hc
Heal Tinnitus in One Week | Stop the ringing forever with these drops. | hc
Alkaline Water Cures Everything | From acid reflux to cancer, just change your water. | hc
Anti-Ageing Miracle Cream | Look 20 years younger in 2 weeks. Botox in a jar. | hc
@ vertical=supplements lang=en tricky=1
Kure diab3tes naturally 🍃 | No pills, no needles, just this root. | hc
Dr0p 15 lbs in 5 days 🔥 | Celebrity keto drops, money back. | hc
D3tox foot pads ✨ | Pull toxins out overnight. You'll see the proof. | hc
@ vertical=gambling lang=es
Casino Online: 200 Giros Gratis | Regístrate y juega a las tragaperras con bono de bienvenida. | gam
@ vertical=tobacco lang=fr
Puffs Jetables 9000 Bouffées | Goût fraise glacée, livraison 24 h. | tob
@ vertical=pharma lang=de
Abnehmspritze Online | Rezept per Videosprechstunde, Lieferung am nächsten Tag. | rx
@ vertical=weapons lang=pt
Pistola de Airsoft Realista | Réplica em metal com peso real. Frete grátis. | wpn
@ vertical=supplements lang=it
Cura Miracolosa per la Cervicale | Un cerotto e il dolore sparisce per sempre. | hc
"""
