# Second batch (x*), plain compliant: local services, legal, insurance,
# deposit banking, real estate, automotive, energy, utilities, logistics,
# agriculture, funeral services.  Headlines written as hooks, not category
# names, with concrete invented details.
DATA = r"""
@ vertical=local_services lang=en
Squeaky Floorboards Driving You Mad? | Our handyman fixes them from above, no carpet lifted. Two-hour minimum, $90.
Your Piano Hasn't Been Tuned Since 2015 | Registered technician in the tri-county area. Tuning and minor repairs $140.
Mobile Dog Grooming in Your Driveway | Van pulls up, dog comes back fluffy. Anxious pups welcome.
Locked Out at 2am? | 24-hour locksmith, licensed and bonded, average arrival 25 minutes.
Wasp Nest Under the Eaves? | Same-week removal, safe for pets and kids. Flat fee.
Ironing Service by the Basket | Drop a basket Monday, collect it pressed Wednesday. $20 a basket.
Alterations for Wedding Dresses | Bustles, hems and taking in. Appointments evenings and Saturdays.
Bike Tune-Up Before Spring | Gears, brakes and a wash for $65. Ready in 48 hours.
We Assemble the Flat-Pack | Wardrobes, cribs and desks built in your home. $40 an hour.
Home Organiser for Hoarded Garages | Non-judgmental decluttering and donation drop-offs.
Snow Plough Contracts | Seasonal driveway clearing, guaranteed before 7am.
Notary That Comes to You | Mobile notary for real estate and wills, evenings included.
Tailor Shop: Jeans Hemmed Same Day | Original hem kept. $15 a pair.
Sewer Line Camera Inspection | See what's blocking the drain before anyone digs. Video on a USB stick, $175.
Upholstery Cleaning for Pet Owners | Hair, stains and odours out of sofas and car seats.
@ vertical=legal_services lang=en
Wills in an Afternoon | Flat-fee estate planning with a licensed attorney. Video or in person.
Landlord Won't Return Your Deposit? | Tenant attorneys review your case free of charge.
Immigration Paperwork Help | Green card renewals and citizenship applications. Spanish and Mandarin spoken.
Small Business Contracts Review | Leases and supplier agreements checked in 3 business days.
Co-Parenting Plan Drafting | A family lawyer turns your agreement into a clear schedule both homes can follow.
@ vertical=insurance lang=en
Renters Insurance From $9 a Month | Covers your laptop, bike and the flood from upstairs.
Bike Insurance for Commuters | Theft and accident cover, including e-bikes up to $6,000.
Drone Liability Insurance | Hourly or annual cover for hobby and commercial pilots.
Event Insurance for Weddings | Cancellation and liability cover from $130.
Classic Car Insurance | Agreed-value policies for cars over 25 years old.
@ vertical=finance lang=en
Round-Up Savings | Every card purchase rounds up to the next dollar into savings. Member FDIC.
Joint Account for Couples | Shared bills, separate spending, one app. No monthly fee.
Business Checking for Freelancers | Free invoicing and tax buckets. No minimum balance.
Safe Deposit Boxes Available | Small and medium boxes at our Main Street branch. Annual fee from $60.
Foreign Coins Accepted for Charity | Drop leftover holiday currency in the box at any branch. We donate every cent.
Teen Debit Card With Parental Controls | Set limits and see spending in real time.
@ vertical=real_estate lang=en
Open House: Three-Bed Bungalow on Maple | Sunday 1-3pm. New roof, fenced garden, walk to school.
Student Rooms Near Campus | Furnished rooms, bills included, 12-month leases from August.
Downsizing? Talk to a Senior Move Specialist | We handle sorting, selling and the move itself.
Commercial Units to Let | 1,200 sq ft workshops with roller doors and three-phase power.
Office Space by the Desk | Hot desks $180 a month in a quiet co-working space with a garden.
Accidental Landlord? | Inherited a flat and don't know where to start? One free consult on lettings, safety checks and tax.
Home Inspection in 24 Hours | Certified inspectors, reports with photos the next morning.
@ vertical=automotive lang=en
Your Check-Engine Light, Explained Free | We read the code and tell you what it means. No obligation.
Winter Tyres Fitted and Stored | Swap, balance and store your summer set for $99.
Windscreen Chip Repair, 20 Minutes | Mobile service at your work car park. Often covered by insurance.
Panel Upgrade Before Your Heat Pump | 200-amp service upgrades with permit and inspection handled.
Passed Your Test Years Ago but Never Drove? | Refresher lessons on quiet roads first, motorway when you're ready.
Car Detailing, Interior Only | Vacuum, shampoo and steam clean for $110.
Used Car Inspection Before You Buy | Our mechanic checks 150 points on any car for sale. $99.
Motorcycle Training, Beginner Course | Two days, bikes and helmets provided. Licence test prep.
@ vertical=energy lang=en
Solar Panels Without the Upfront Cost | Lease options and a free roof assessment.
Community Solar Subscription | Renters can buy local solar credits and save 10% on the bill. No panels on your roof.
Heat Pump Upgrade Rebate | Swap your old furnace and claim up to $2,000 back.
Free Home Energy Audit | Find drafts and insulation gaps. Book through your utility.
@ vertical=utilities lang=en
Paperless Billing, Less Clutter | Switch to e-bills and get a $5 credit.
Water Leak Alerts | Free smart meter alerts when usage spikes overnight.
Budget Billing Plan | Pay the same amount every month all year.
@ vertical=logistics lang=en
Same-Day Courier Across Town | Documents and parcels picked up in 60 minutes.
Kayak and Paddleboard Storage Racks | Lakeside lockers for the season, $150 including launch pass.
Moving Boxes Delivered | Kits for studios to 4-bed homes. Buy back the ones you don't use.
Freight Forwarding to the Caribbean | Weekly containers and barrels from our Miami warehouse.
Small Move? Man and Van | Two movers and a van for $95 an hour. Weekends available.
@ vertical=agriculture lang=en
Soil Testing for Farms | Nutrient and pH analysis with a fertiliser plan. Results in 7 days.
Tractor Servicing On the Farm | Mobile mechanic for tractors and balers. Book before harvest.
Chicken Coop Kits | Predator-proof coops for 4 to 10 hens. Easy-clean trays.
Hay Delivery, Small Square Bales | Horse-quality hay by the bale or the truckload.
Beekeeping Starter Course | Four Saturdays, protective suits provided. Hive included.
Livestock Fencing Installed | Electric and woven wire fencing for sheep and goats.
@ vertical=funeral_services lang=en
Write Your Own Eulogy Workshop | A gentle evening on legacy letters and memorial wishes. Free, tea provided.
Green Burial Options | Woodland burial grounds and biodegradable caskets.
Celebration-of-Life Venues | Garden rooms for memorial gatherings of up to 80 guests.
Grief Counselling Included | Every family we serve gets three free sessions with a counsellor.
"""
